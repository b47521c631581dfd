import { EmitterImpl } from './emitter';

describe('EmitterImpl', () => {
    it('calls every listener with each value, in subscription order', () => {
        const emitter = new EmitterImpl<number>();
        const heard: string[] = [];
        emitter.subscribe((value) => heard.push(`a${value}`));
        emitter.subscribe((value) => heard.push(`b${value}`));
        emitter.emit(1);
        emitter.emit(2);
        expect(heard).toEqual(['a1', 'b1', 'a2', 'b2']);
    });

    it('returns an unsubscribe that removes only its own subscription, once', () => {
        const emitter = new EmitterImpl<number>();
        const listener = jest.fn();
        const first = emitter.subscribe(listener);
        emitter.subscribe(listener);
        first();
        first();
        emitter.emit(1);
        expect(listener).toHaveBeenCalledTimes(1);
        expect(emitter.listenerCount).toBe(1);
    });

    it('lets a listener subscribe during an emit; the newcomer hears the next value', () => {
        const emitter = new EmitterImpl<number>();
        const newcomer = jest.fn();
        emitter.subscribe(() => emitter.subscribe(newcomer));
        emitter.emit(1);
        expect(newcomer).not.toHaveBeenCalled();
        emitter.emit(2);
        expect(newcomer).toHaveBeenCalledWith(2);
    });

    it('does not call a listener another one unsubscribed during the same emit', () => {
        const emitter = new EmitterImpl<number>();
        const second = jest.fn();
        let unsubscribeSecond = (): void => undefined;
        emitter.subscribe(() => unsubscribeSecond());
        unsubscribeSecond = emitter.subscribe(second);
        emitter.emit(1);
        expect(second).not.toHaveBeenCalled();
    });

    it('calls every listener when one throws, then rethrows the first error', () => {
        const emitter = new EmitterImpl<number>();
        const last = jest.fn();
        emitter.subscribe(() => {
            throw new Error('first');
        });
        emitter.subscribe(() => {
            throw new Error('second');
        });
        emitter.subscribe(last);
        expect(() => emitter.emit(1)).toThrow('first');
        expect(last).toHaveBeenCalledWith(1);
    });

    it('releases every listener on dispose and registers none afterwards', () => {
        const emitter = new EmitterImpl<number>();
        const listener = jest.fn();
        emitter.subscribe(listener);
        emitter.dispose();
        const late = emitter.subscribe(listener);
        emitter.emit(1);
        late();
        expect(listener).not.toHaveBeenCalled();
        expect(emitter.listenerCount).toBe(0);
    });
});

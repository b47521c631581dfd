import { messageOf } from './message-of';

describe('messageOf', () => {
    it("gives an Error's message without its name", () => {
        expect(messageOf(new TypeError('socket closed'))).toBe('socket closed');
    });

    it('gives any other thrown value as text', () => {
        expect(messageOf('timed out')).toBe('timed out');
        expect(messageOf(404)).toBe('404');
        expect(messageOf(undefined)).toBe('undefined');
    });
});

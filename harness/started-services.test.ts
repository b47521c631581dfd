import { StartedServices, starting, startTogether } from './started-services';
import type { Stoppable } from './started-services';

function service(name: string, stopped: string[]): Stoppable & { name: string } {
    return {
        name,
        stop: () => {
            stopped.push(name);
            return Promise.resolve();
        }
    };
}

describe('StartedServices', () => {
    it('stops everything started, last started first', async () => {
        const stopped: string[] = [];
        const services = new StartedServices();
        await services.add(Promise.resolve(service('rtpengine', stopped)));
        await services.add(Promise.resolve(service('kamailio', stopped)));
        await services.add(Promise.resolve(service('desk phone', stopped)));
        await Promise.all([services.stop(), services.stop()]);
        expect(stopped).toEqual(['desk phone', 'kamailio', 'rtpengine']);
    });

    it('stops a service that finishes starting after stop was asked for', async () => {
        const stopped: string[] = [];
        const services = new StartedServices();
        await services.add(Promise.resolve(service('rtpengine', stopped)));
        let finishStarting: (value: Stoppable) => void = () => undefined;
        const late = services.add(new Promise<Stoppable>((resolve) => (finishStarting = resolve)));
        await services.stop();
        finishStarting(service('kamailio', stopped));
        await expect(late).rejects.toThrow(/still starting/);
        expect(stopped).toEqual(['rtpengine', 'kamailio']);
    });

    it('goes on stopping the others when one fails to stop, and reports it', async () => {
        const stopped: string[] = [];
        const failures: unknown[] = [];
        const services = new StartedServices((error) => failures.push(error));
        await services.add(Promise.resolve(service('rtpengine', stopped)));
        await services.add(Promise.resolve({ stop: () => Promise.reject(new Error('kamailio hung')) }));
        await services.stop();
        expect(stopped).toEqual(['rtpengine']);
        expect(failures).toEqual([new Error('kamailio hung')]);
    });
});

describe('startTogether', () => {
    it('gives every started thing in order', async () => {
        const stopped: string[] = [];
        const [server, browser] = await startTogether(
            starting(Promise.resolve(service('server', stopped)), (started) => started.stop()),
            starting(Promise.resolve(service('browser', stopped)), (started) => started.stop())
        );
        expect([server.name, browser.name]).toEqual(['server', 'browser']);
        expect(stopped).toEqual([]);
    });

    it('stops what started when another start fails, then throws that failure', async () => {
        const stopped: string[] = [];
        await expect(
            startTogether(
                starting(Promise.reject<Stoppable>(new Error('port in use')), (started) => started.stop()),
                starting(Promise.resolve(service('browser', stopped)), (started) => started.stop())
            )
        ).rejects.toThrow('port in use');
        expect(stopped).toEqual(['browser']);
    });
});

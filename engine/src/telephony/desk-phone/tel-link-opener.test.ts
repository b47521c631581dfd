import { telLinkOpener } from './tel-link-opener';
import type { TelLinkDocument } from './tel-link-opener';

describe('telLinkOpener', () => {
    it('clicks a link to the tel: URI in the page, opening no window of the console', () => {
        const links: { href: string; rel: string; clicked: boolean }[] = [];
        const document: TelLinkDocument = {
            createElement: () => {
                const link = { href: '', rel: '', clicked: false, click: () => (link.clicked = true) };
                links.push(link);
                return link;
            }
        };
        telLinkOpener(() => document)('tel:+14155550100');
        expect(links).toEqual([
            expect.objectContaining({ href: 'tel:+14155550100', rel: 'noopener', clicked: true })
        ]);
    });

    it('says so when the page has no document to make the link in', () => {
        expect(() => telLinkOpener(() => undefined)('tel:+14155550100')).toThrow(
            'The adapter page has no document to open a tel: link in.'
        );
    });
});

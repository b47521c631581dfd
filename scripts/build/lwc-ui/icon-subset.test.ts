import { iconColorsSubset, iconNamesIn } from './icon-subset';

describe('iconNamesIn', () => {
    it('finds every icon named in a string literal, once, sorted', () => {
        const code = `h("lightning-icon",{iconName:"utility:call"});const a='standard:account',b=\`utility:call\`;`;
        expect(iconNamesIn(code)).toEqual(['standard:account', 'utility:call']);
    });

    it('ignores names built at run time and other categories', () => {
        expect(iconNamesIn('const n = "utility:" + name; const x = "brand:logo";')).toEqual([]);
    });
});

describe('iconColorsSubset', () => {
    const SOURCE =
        '/* header */\nexport const iconColors = { "standard": { "account": "rgb(88, 103, 232)", "case": "rgb(1, 2, 3)" }, ' +
        '"action": { "call": "rgb(4, 5, 6)" } };';

    it('keeps the colours of the given icons only, in the same shape', () => {
        expect(iconColorsSubset(SOURCE, ['standard:account', 'utility:call', 'action:call'])).toEqual({
            standard: { account: 'rgb(88, 103, 232)' },
            action: { call: 'rgb(4, 5, 6)' }
        });
    });
});

import { withoutNativeShadowRules } from './native-shadow-styles';

describe('withoutNativeShadowRules', () => {
    it("drops rules that only apply under :host([data-render-mode='shadow']) and keeps the others", () => {
        const css = [
            '/* a comment */',
            ":host([data-render-mode='shadow']) .slds-button { color: red; }",
            ':host([data-render-mode="shadow"]) .a, :host([data-render-mode="shadow"]) .b { margin: 0; }',
            ":host([data-render-mode='shadow']) .c, .c { padding: 0; }",
            ':host { display: block; }'
        ].join('\n');
        expect(withoutNativeShadowRules(css)).toBe(
            ":host([data-render-mode='shadow']) .c, .c { padding: 0; }\n:host { display: block; }"
        );
    });

    it('drops an at-rule left empty and keeps keyframes', () => {
        const css = [
            "@media (min-width: 48em) { :host([data-render-mode='shadow']) .x { width: 1px; } }",
            '@keyframes spin { from { opacity: 0; } to { opacity: 1; } }'
        ].join('\n');
        expect(withoutNativeShadowRules(css)).toBe(
            '@keyframes spin { from { opacity: 0; } to { opacity: 1; } }'
        );
    });

    it('gives nothing back for a stylesheet of native-shadow rules only', () => {
        expect(withoutNativeShadowRules(":host([data-render-mode='shadow']) a { color: blue; }")).toBe('');
    });
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SETTING_TABLE } from '../../engine/src/settings';
import { PROJECT_FILES } from '../../sim/project-files';

const REPO = path.resolve(__dirname, '..', '..');

interface XmlItem {
    readonly label: string;
    readonly name: string;
    readonly value: string;
}

/** The items of the shipped call center's "Softphone Settings" section, in file order. */
function callCenterItems(): XmlItem[] {
    const parser = new XMLParser({
        parseTagValue: false,
        isArray: (_name, jpath) => jpath === 'CallCenter.sections' || jpath === 'CallCenter.sections.items'
    });
    const xml = parser.parse(readFileSync(path.join(REPO, PROJECT_FILES.callCenter), 'utf8')) as {
        CallCenter: { sections: { name: string; items: XmlItem[] }[] };
    };
    const section = xml.CallCenter.sections.find((candidate) => candidate.name === 'softphoneSettings');
    return (section?.items ?? []).map((item) => ({ ...item, value: String(item.value) }));
}

/** The admin documentation's settings table: in docs/ (the admin guide first), else in the README. */
function docsWithSettingsTable(): { file: string; rows: string[][] } {
    const docs = path.join(REPO, 'docs');
    const candidates = [
        'docs/admin-guide.md',
        ...(existsSync(docs)
            ? readdirSync(docs)
                  .filter((name) => name.endsWith('.md'))
                  .sort()
                  .map((name) => `docs/${name}`)
            : []),
        'README.md'
    ];
    for (const file of candidates) {
        const full = path.join(REPO, file);
        if (!existsSync(full)) continue;
        const lines = readFileSync(full, 'utf8').split('\n');
        const header = lines.findIndex((line) => /^\|\s*setting\s*\|.*default/i.test(line));
        if (header < 0) continue;
        const rows: string[][] = [];
        for (const line of lines.slice(header + 2)) {
            if (!line.startsWith('|')) break;
            rows.push(
                line
                    .split('|')
                    .slice(1, -1)
                    .map((cell) => cell.trim())
            );
        }
        return { file, rows };
    }
    throw new Error(
        `no settings table (a table whose first column is "setting") in ${candidates.join(', ')}`
    );
}

describe('the call center settings: table, call center XML and admin documentation agree', () => {
    const items = callCenterItems();
    const tableItems = SETTING_TABLE.map((entry) => entry.item);

    it('has an XML item for every entry of the setting table, and no other, in the same order', () => {
        expect(items.map((item) => item.name)).toEqual(tableItems);
    });

    it.each(SETTING_TABLE.map((entry) => [entry.item, entry] as const))(
        'ships %s with a value its parser accepts',
        (name, entry) => {
            const item = items.find((candidate) => candidate.name === name);
            expect(item).toBeDefined();
            expect(entry.parse(item?.value ?? '').problems).toEqual([]);
        }
    );

    it.each(
        SETTING_TABLE.filter((entry) => entry.choices !== undefined).map(
            (entry) => [entry.item, entry] as const
        )
    )('names every choice of %s in its Setup label', (name, entry) => {
        const label = items.find((candidate) => candidate.name === name)?.label ?? '';
        for (const choice of entry.choices ?? []) expect(label).toContain(choice);
    });

    it('documents every setting, by item name, in the order Setup shows them', () => {
        const { rows } = docsWithSettingsTable();
        const documented = rows.map((row) => /`(\w+)`/.exec(row[0] ?? '')?.[1]);
        expect(documented).toEqual(tableItems);
    });

    it("gives each setting's shipped value as its default in the documentation", () => {
        const { rows } = docsWithSettingsTable();
        const wrong = items.filter((item) => {
            const row = rows.find((candidate) => (candidate[0] ?? '').includes(`\`${item.name}\``));
            return !(row?.[1] ?? '').includes(`\`${item.value}\``);
        });
        expect(wrong.map((item) => `${item.name} = ${item.value}`)).toEqual([]);
    });
});

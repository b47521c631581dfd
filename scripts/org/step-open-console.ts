import { PROJECT_NAMES, lightningAppPath } from './project-names';
import { text } from './records';
import { sfCommands } from './sf-commands';
import { isRecord } from './sf-json';
import type { SetupOptions, SetupStep } from './setup-step';

/** The path `sf org open --path` gets: the Softphone Console app. */
export const CONSOLE_APP_PATH = lightningAppPath(PROJECT_NAMES.consoleApp);
/** With `--voice`: the Softphone Voice Console app. */
export const VOICE_CONSOLE_APP_PATH = lightningAppPath(PROJECT_NAMES.voiceConsoleApp);

const consolePath = (options: SetupOptions): string =>
    options.voice === true ? VOICE_CONSOLE_APP_PATH : CONSOLE_APP_PATH;

/** Opens the Softphone Console app in the browser (`sf org open --path /lightning/app/c__Softphone_Console`). */
export const openConsoleStep: SetupStep = {
    title: 'Open the console',
    plan: (_root, options) => [{ args: sfCommands.openPath(options.alias, consolePath(options)) }],
    run: async ({ client, options }) => {
        const result = await client.result(
            sfCommands.openPath(options.alias, consolePath(options)),
            'open the Softphone Console app'
        );
        const url = isRecord(result) ? text(result, 'url') : undefined;
        return `opened the Softphone Console app${url === undefined ? '' : ' in the browser'}`;
    }
};

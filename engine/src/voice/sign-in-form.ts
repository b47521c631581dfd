import type { SignInFrame } from './softphone-voice-connector';

/** Ids of the sign-in form's elements in the connector page. */
export const SIGN_IN_IDS = {
    form: 'softphone-voice-sign-in',
    user: 'softphone-voice-user',
    password: 'softphone-voice-password',
    problem: 'softphone-voice-sign-in-problem',
    submit: 'softphone-voice-sign-in-submit'
} as const;

interface FormElements {
    readonly form: HTMLFormElement;
    readonly user: HTMLInputElement;
    readonly password: HTMLInputElement;
    readonly problem: HTMLElement;
    readonly submit: HTMLButtonElement;
}

function find(document: Document): FormElements | undefined {
    const form = document.getElementById(SIGN_IN_IDS.form);
    const user = document.getElementById(SIGN_IN_IDS.user);
    const password = document.getElementById(SIGN_IN_IDS.password);
    const problem = document.getElementById(SIGN_IN_IDS.problem);
    const submit = document.getElementById(SIGN_IN_IDS.submit);
    if (!form || !user || !password || !problem || !submit) return undefined;
    return {
        form: form as HTMLFormElement,
        user: user as HTMLInputElement,
        password: password as HTMLInputElement,
        problem,
        submit: submit as HTMLButtonElement
    };
}

/**
 * The connector page's sign-in form, the only thing the headless connector shows: Salesforce makes the frame
 * visible when `init` asks for it. The password is handed on and cleared from the field; nothing is stored.
 */
export function bindSignInForm(
    document: Document,
    signIn: (user: string, password: string) => Promise<boolean>
): SignInFrame | undefined {
    const elements = find(document);
    if (!elements) return undefined;
    const { form, user, password, problem, submit } = elements;
    form.addEventListener('submit', (event) => {
        event.preventDefault();
        const typed = password.value;
        password.value = '';
        submit.disabled = true;
        problem.textContent = '';
        void signIn(user.value.trim(), typed).finally(() => {
            submit.disabled = false;
        });
    });
    return {
        show: (message) => {
            form.hidden = false;
            problem.textContent = message ?? '';
            (user.value === '' ? user : password).focus();
        },
        hide: () => {
            form.hidden = true;
            problem.textContent = '';
        }
    };
}

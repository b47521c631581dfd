import path from 'node:path';

/** The project root: where `npm start` runs and the project files the harness reads live. */
export const ROOT = path.resolve(__dirname, '..');

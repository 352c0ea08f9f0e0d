// The ui project's per-test timeout (a project config cannot set testTimeout): whole-app renders in jsdom
// take seconds, more on a busy 2-core CI machine.
jest.setTimeout(30_000);

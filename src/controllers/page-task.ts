import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The part of `@lit/task` the booking page and its time picker use, in a fifth of its bytes: they
 * are what a script-tag page downloads before its first free times, where every byte counts
 * (`npm run size`). The same behaviour: the task runs before an update whose `args` differ
 * (`Object.is`, item by item) from the last run's, aborting a run still pending; only the latest
 * run's outcome counts; `value` keeps the last outcome while a new run is pending (and is
 * `undefined` after an error); `onError` sees each failure. The other elements use `@lit/task` itself.
 */
export const TaskStatus = { INITIAL: 0, PENDING: 1, COMPLETE: 2, ERROR: 3 } as const;
export type TaskStatus = (typeof TaskStatus)[keyof typeof TaskStatus];

export interface PageTaskConfig<A extends readonly unknown[], T> {
  task: (args: A, options: { signal: AbortSignal }) => T | Promise<T>;
  /** What the task depends on; a run starts before an update when any of them changed. */
  args?: () => A;
  /** Sees each failure (what it returns is ignored; it must not throw). */
  onError?: (error: unknown) => unknown;
  /** `false`: runs only when `run()` is called. */
  autoRun?: boolean;
}

export class PageTask<A extends readonly unknown[] = readonly unknown[], T = unknown> implements ReactiveController {
  status: TaskStatus = TaskStatus.INITIAL;
  value: T | undefined;
  error: unknown;
  private calls = 0;
  private previous: A | undefined;
  private controller: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly config: PageTaskConfig<A, T>,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (this.config.autoRun === false || !this.config.args) return;
    const args = this.config.args();
    const previous = this.previous;
    this.previous = args;
    // The args functions return tuples of one length: comparing item by item is enough.
    if (!previous || args.some((v, i) => !Object.is(v, previous[i]))) {
      void this.run(args);
    }
  }

  async run(args: A = this.config.args?.() as A): Promise<void> {
    this.previous = args;
    if (this.status === TaskStatus.PENDING) this.controller?.abort();
    this.status = TaskStatus.PENDING;
    this.host.requestUpdate();
    const call = ++this.calls;
    const controller = (this.controller = new AbortController());
    let value: T | undefined;
    let error: unknown;
    let failed = false;
    try {
      value = await this.config.task(args, { signal: controller.signal });
    } catch (e) {
      failed = true;
      error = e;
    }
    if (call !== this.calls) return;
    if (failed) this.config.onError?.(error);
    this.status = failed ? TaskStatus.ERROR : TaskStatus.COMPLETE;
    this.value = value;
    this.error = error;
    this.host.requestUpdate();
  }
}

import { Injectable, Logger } from '@nestjs/common';

/**
 * Work a handler starts and does not wait for, so that its answer takes the same time whatever
 * the work finds (a password-reset request for an account or for no one). The database closes
 * only after such work has settled (PrismaService waits for it), so stopping the app never cuts
 * a half-done write.
 */
@Injectable()
export class AfterResponse {
  private readonly logger = new Logger(AfterResponse.name);
  private readonly pending = new Set<Promise<void>>();

  run(name: string, work: () => Promise<void>): void {
    const running: Promise<void> = work()
      .catch((error: unknown) => this.logger.error({ err: error }, `${name} failed after its answer was sent`))
      .finally(() => this.pending.delete(running));
    this.pending.add(running);
  }

  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all(this.pending);
  }
}

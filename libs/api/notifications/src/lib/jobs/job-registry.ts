import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface JobContext {
  /** The transaction the job runs in; it also marks the job done, so effects and completion commit together. */
  manager: EntityManager;
  jobId: string;
  attempt: number;
}

export type JobHandler<P = Record<string, unknown>> = (payload: P, context: JobContext) => Promise<void>;

/**
 * Which code runs a job type. Domain modules register their handlers from onModuleInit:
 *   constructor(private readonly jobs: JobRegistry) {}
 *   onModuleInit() { this.jobs.register('booking.changed', (p, ctx) => this.handle(p, ctx)); }
 */
@Injectable()
export class JobRegistry {
  private readonly handlers = new Map<string, JobHandler>();

  register<P>(type: string, handler: JobHandler<P>): void {
    if (this.handlers.has(type)) throw new Error(`A handler for job type "${type}" is already registered`);
    this.handlers.set(type, handler as JobHandler);
  }

  get(type: string): JobHandler | undefined {
    return this.handlers.get(type);
  }

  types(): string[] {
    return [...this.handlers.keys()];
  }
}

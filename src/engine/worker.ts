/** The entry of a job (worker thread or child process): see job.ts. */
import { startJob } from './job.js';

startJob();

// The job library: pg-boss 10 (Postgres-backed, runs on Node 20), in its own schema of the
// app's database. The figures keep an idle database quiet; per instance, idle:
// - cron monitor every 45 s (pg-boss's maximum: a schedule is missed past 60 s), one
//   statement, plus reading the schedules on the one instance that wins the turn;
// - the cron "send-it" queue polled every 45 s (pg-boss's maximum);
// - each job queue polled every 60 s (a scheduled job starts within a minute);
// - maintenance (expire, archive, delete) every 5 minutes, on one instance at a time;
// - the clock-skew check every 10 minutes; state monitoring off.
// That is about 4 statements a minute, on a pool of at most 2 connections.
import PgBoss from "pg-boss";

export const JOB_SCHEMA = "pgboss";

/** How often a worker asks for jobs of its queue. */
export const JOB_POLLING_SECONDS = 60;

export function createBoss(connectionString: string, options: Partial<PgBoss.ConstructorOptions> = {}): PgBoss {
  const boss = new PgBoss({
    connectionString,
    schema: JOB_SCHEMA,
    application_name: "roster-jobs",
    max: 2,
    schedule: true,
    supervise: true,
    migrate: true,
    cronMonitorIntervalSeconds: 45,
    cronWorkerIntervalSeconds: 45,
    maintenanceIntervalSeconds: 300,
    clockMonitorIntervalSeconds: 600,
    ...options,
  });
  boss.on("error", (error) => console.error(`[jobs] ${error.message.split("\n")[0]}`));
  return boss;
}

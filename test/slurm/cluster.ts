// A real Slurm cluster on this machine for tests and benchmarks: munged with its own key and socket, slurmctld and
// three slurmd (n1-n3) on 127.0.0.1, everything (config, state, logs, pid files) in one temporary folder named by
// SLURM_CONF. Debian's slurm-wlm and munge; run as root (slurmd must). Stops only the daemons it started, by PID.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Cluster {
  dir: string;
  /** Environment for sbatch, squeue, scancel, sinfo: SLURM_CONF and the path to them. */
  env: NodeJS.ProcessEnv;
  /** The daemons' PIDs, from the pid files they wrote. */
  pids(): number[];
  stop(): void;
}

const BINARIES = ['munged', 'mungekey', 'slurmctld', 'slurmd', 'sbatch', 'sinfo', 'squeue', 'scancel'];

function which(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { env: { PATH: `${process.env.PATH}:/usr/sbin:/sbin` } }).status === 0;
}

/** Why a cluster cannot start here, or null when it can. */
export function clusterUnavailable(): string | null {
  if (process.platform !== 'linux') return 'Slurm daemons need Linux';
  if (process.getuid?.() !== 0) return 'slurmd and munged must run as root here (no systemd); run the tests as root';
  const missing = BINARIES.filter((b) => !which(b));
  if (missing.length > 0) return `not installed: ${missing.join(', ')} (apt-get install -y slurm-wlm munge; .ci/run does it)`;
  return null;
}

async function freePorts(n: number): Promise<number[]> {
  const ports: number[] = [];
  while (ports.length < n) {
    const port = await new Promise<number>((resolve, reject) => {
      const srv = createServer();
      srv.once('error', reject);
      srv.listen(0, '127.0.0.1', () => {
        const p = (srv.address() as { port: number }).port;
        srv.close(() => resolve(p));
      });
    });
    if (!ports.includes(port)) ports.push(port);
  }
  return ports;
}

function pidOf(file: string): number | null {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

async function until(what: string, test: () => boolean, seconds: number, log: () => string): Promise<void> {
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    if (test()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Slurm test cluster: ${what} did not happen within ${seconds} s\n${log()}`);
}

export async function startCluster(nodes = 3, cpus = 2): Promise<Cluster> {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-slurm-'));
  for (const sub of ['state', 'spool', 'log', 'run']) mkdirSync(join(dir, sub));
  const env: NodeJS.ProcessEnv = { ...process.env, SLURM_CONF: join(dir, 'slurm.conf'), PATH: `${process.env.PATH}:/usr/sbin:/sbin` };
  const pidFiles: string[] = [];
  const stop = (): void => {
    // slurmd first (they run the jobs), then the controller, then munged; each by the PID it wrote.
    for (const file of [...pidFiles].reverse()) {
      const pid = pidOf(file);
      if (pid === null) continue;
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    const end = Date.now() + 5000;
    for (const file of pidFiles) {
      const pid = pidOf(file);
      while (pid !== null && Date.now() < end && existsSync(`/proc/${pid}`)) spawnSync('sleep', ['0.1']);
      if (pid !== null && existsSync(`/proc/${pid}`)) process.kill(pid, 'SIGKILL');
    }
  };
  const logs = (): string =>
    ['slurmctld.log', 'slurmd.n1.log', 'munged.log']
      .map((f) => join(dir, 'log', f))
      .filter(existsSync)
      .map((f) => `--- ${f}\n${readFileSync(f, 'utf8').split('\n').slice(-15).join('\n')}`)
      .join('\n');
  try {
    const key = join(dir, 'munge.key');
    const socket = join(dir, 'run', 'munge.socket');
    execFileSync('mungekey', ['--create', `--keyfile=${key}`], { env });
    const mungePid = join(dir, 'run', 'munged.pid');
    pidFiles.push(mungePid);
    execFileSync('munged', ['--force', `--key-file=${key}`, `--socket=${socket}`, `--pid-file=${mungePid}`, `--log-file=${join(dir, 'log', 'munged.log')}`, `--seed-file=${join(dir, 'run', 'munged.seed')}`], { env });
    const [ctld, ...nodePorts] = await freePorts(nodes + 1);
    const host = hostname();
    const names = Array.from({ length: nodes }, (_, k) => `n${k + 1}`);
    writeFileSync(
      env.SLURM_CONF as string,
      [
        'ClusterName=bitexttest',
        `SlurmctldHost=${host}(127.0.0.1)`,
        `SlurmctldPort=${ctld}`,
        `AuthInfo=socket=${socket}`,
        'AuthType=auth/munge',
        'CredType=cred/munge',
        'SlurmUser=root',
        'SlurmdUser=root',
        'ProctrackType=proctrack/linuxproc',
        'TaskPlugin=task/none',
        'MpiDefault=none',
        'SlurmdParameters=config_overrides',
        'AccountingStorageType=accounting_storage/none',
        'JobAcctGatherType=jobacct_gather/none',
        'SchedulerType=sched/backfill',
        'SelectType=select/cons_tres',
        'SelectTypeParameters=CR_CPU',
        'ReturnToService=2',
        'KillWait=5',
        'MinJobAge=30',
        `StateSaveLocation=${join(dir, 'state')}`,
        `SlurmdSpoolDir=${join(dir, 'spool')}/%n`,
        `SlurmctldPidFile=${join(dir, 'run', 'slurmctld.pid')}`,
        `SlurmdPidFile=${join(dir, 'run', 'slurmd.%n.pid')}`,
        `SlurmctldLogFile=${join(dir, 'log', 'slurmctld.log')}`,
        `SlurmdLogFile=${join(dir, 'log', 'slurmd.%n.log')}`,
        ...names.map((n, k) => `NodeName=${n} NodeAddr=127.0.0.1 NodeHostname=${host} Port=${nodePorts[k]} CPUs=${cpus} State=UNKNOWN`),
        `PartitionName=main Nodes=${names.join(',')} Default=YES MaxTime=INFINITE State=UP`,
        '',
      ].join('\n'),
    );
    pidFiles.push(join(dir, 'run', 'slurmctld.pid'));
    execFileSync('slurmctld', ['-i'], { env });
    for (const n of names) {
      mkdirSync(join(dir, 'spool', n));
      pidFiles.push(join(dir, 'run', `slurmd.${n}.pid`));
      execFileSync('slurmd', ['-N', n], { env });
    }
    await until(
      `all ${nodes} nodes idle`,
      () => {
        const r = spawnSync('sinfo', ['-h', '-N', '-o', '%N %t'], { env, encoding: 'utf8' });
        const states = r.stdout.trim().split('\n').filter(Boolean);
        return states.length === nodes && states.every((l) => l.endsWith(' idle'));
      },
      60,
      logs,
    );
  } catch (e) {
    stop();
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return {
    dir,
    env,
    pids: () => pidFiles.map(pidOf).filter((p): p is number => p !== null),
    stop: () => {
      stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

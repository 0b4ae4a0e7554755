/**
 * The processes `npm run bench:load` measures: started as child processes, waited for until they
 * answer, their CPU time and memory read from /proc (Linux) so the figures are the server's own,
 * not the load generator's.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const clockTicks = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

function treeOf(pid: number): number[] {
  return [pid, ...childrenOf(pid).flatMap(treeOf)];
}

/** CPU seconds (user + system) used so far by `pid` and its live descendants. */
export function cpuSeconds(pid: number): number {
  return treeOf(pid).reduce((total, id) => {
    try {
      // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
      const fields = readFileSync(`/proc/${id}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return total + (Number(fields[11]) + Number(fields[12])) / clockTicks;
    } catch {
      return total;
    }
  }, 0);
}

/** Resident memory of `pid` and its descendants, in MB. */
export function residentMegabytes(pid: number): number {
  return treeOf(pid).reduce((total, id) => {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${id}/status`, 'utf8'));
      return total + (match ? Number(match[1]) / 1024 : 0);
    } catch {
      return total;
    }
  }, 0);
}

/** A started server: its pid, its port, and how to stop it (SIGTERM, then SIGKILL after 5 s). */
export interface RunningServer {
  pid: number;
  port: number;
  stop(): Promise<void>;
}

/**
 * Starts `node <args>` with `env`, and resolves once GET `readyPath` answers (any status) or
 * rejects after `timeoutMs`, with the process's last output.
 */
export async function startServer(options: { args: string[]; env: NodeJS.ProcessEnv; port: number; readyPath: string; cwd: string; timeoutMs?: number }): Promise<RunningServer> {
  const child: ChildProcess = spawn(process.execPath, options.args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output}`);
    try {
      await fetch(`http://127.0.0.1:${options.port}${options.readyPath}`);
      return { pid: child.pid!, port: options.port, stop };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  await stop();
  throw new Error(`the server did not answer within ${options.timeoutMs ?? 120_000} ms:\n${output}`);
}

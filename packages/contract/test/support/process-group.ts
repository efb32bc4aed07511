// Whether any live process remains in a process group. A killed process stays a zombie until its
// parent (or init, for orphans) collects it; kill(-pgid, 0) still counts zombies, so on Linux the
// group's members are read from /proc and zombies are left out.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

function liveMember(pid: string, pgid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) state ppid pgrp ...": comm may contain spaces and parentheses.
    const [state, , group] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(group) === pgid && state !== 'Z';
  } catch {
    return false; // gone while we looked
  }
}

export function processGroupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw error;
  }
  if (!existsSync('/proc/self/stat')) return true;
  return readdirSync('/proc').some((entry) => /^\d+$/.test(entry) && liveMember(entry, pgid));
}

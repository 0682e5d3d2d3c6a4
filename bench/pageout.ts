import fs from 'node:fs';

/**
 * Whether the kernel runs DAMON schemes that page memory out (proactive reclaim). Where it does, a database file
 * read a minute ago is no longer in the page cache: the figures then measure the disk as much as the code, which is
 * what made runs on the same VM differ by half. Said in the report so that a reader can tell such a run apart.
 */
export function proactiveReclaim(): boolean {
  const root = '/sys/kernel/mm/damon/admin/kdamonds';
  const pagingOut = list(root).some(
    (k) =>
      read(`${root}/${k}/state`) === 'on' &&
      list(`${root}/${k}/contexts`).some((c) =>
        list(`${root}/${k}/contexts/${c}/schemes`).some(
          (s) => read(`${root}/${k}/contexts/${c}/schemes/${s}/action`) === 'pageout',
        ),
      ),
  );
  return pagingOut || read('/sys/module/damon_reclaim/parameters/enabled') === 'Y';
}

function read(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
}

function list(dir: string): string[] {
  try {
    return fs.readdirSync(dir).filter((d) => /^\d+$/.test(d));
  } catch {
    return [];
  }
}

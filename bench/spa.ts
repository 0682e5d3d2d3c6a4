import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface SpaFigures {
  built: boolean;
  reason?: string;
  /** Chunks the browser loads before anything renders: index.html's module script, its modulepreloads, their static imports. */
  initialFiles: string[];
  initialRaw: number;
  initialGzip: number;
  allJsGzip: number;
  outDir: string;
}

/** Builds the SPA into the scratch folder (leaving ./dist to whoever is working on the app) and weighs the initial load. */
export function buildSpa(outDir: string): SpaFigures {
  const empty = { initialFiles: [], initialRaw: 0, initialGzip: 0, allJsGzip: 0, outDir };
  if (!fs.existsSync('admin/index.html')) return { built: false, reason: 'admin/index.html not found', ...empty };
  const r = spawnSync(
    process.execPath,
    [path.resolve('node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir'],
    {
      encoding: 'utf8',
    },
  );
  if (r.status !== 0 || !fs.existsSync(path.join(outDir, 'index.html'))) {
    const last = `${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-3).join(' ');
    return { built: false, reason: `vite build failed: ${last}`, ...empty };
  }
  const html = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const eager = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((m) => m[1]);
  const initial = new Set<string>();
  const visit = (url: string) => {
    const file = path.join(outDir, url.replace(/^\//, ''));
    if (initial.has(file) || !fs.existsSync(file)) return;
    initial.add(file);
    // Static imports load with the chunk; import("…") is what route splitting defers.
    const code = fs.readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+from\s*)?["'](\.\/[^"']+\.js)["']/g)) {
      visit(path.posix.join(path.posix.dirname(url), m[1]));
    }
  };
  eager.forEach(visit);
  const gz = (f: string) => zlib.gzipSync(fs.readFileSync(f)).length;
  const allJs = fs
    .readdirSync(path.join(outDir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => path.join(outDir, 'assets', f));
  return {
    built: true,
    initialFiles: [...initial].map((f) => path.relative(outDir, f)),
    initialRaw: [...initial].reduce((n, f) => n + fs.statSync(f).size, 0),
    initialGzip: [...initial].reduce((n, f) => n + gz(f), 0),
    allJsGzip: allJs.reduce((n, f) => n + gz(f), 0),
    outDir,
  };
}

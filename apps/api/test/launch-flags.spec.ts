import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPOSITORY_ROOT } from './support/table-ownership-scan';

/**
 * The API runs with V8 flags of its own (issue 12: `--max-semi-space-size` keeps its resident
 * memory down): `npm start`, the Docker image and the export benchmark (which reads the flags of
 * `npm start`) must start the same process.
 */
const read = (file: string) => readFileSync(join(REPOSITORY_ROOT, file), 'utf8');

function npmStartFlags(): string[] {
  const start: string = JSON.parse(read('package.json')).scripts.start;
  const match = /\bnode ((?:--\S+ )*)dist\/apps\/api\/main\.js/.exec(start);
  if (!match) throw new Error(`npm start does not run dist/apps/api/main.js: ${start}`);
  return match[1].split(' ').filter(Boolean);
}

function dockerCmdFlags(): string[] {
  const cmd = /^CMD (\[.*\])$/m.exec(read('docker/Dockerfile'));
  if (!cmd) throw new Error('the Dockerfile has no exec-form CMD');
  const argv: string[] = JSON.parse(cmd[1]);
  expect(argv[0]).toBe('node');
  expect(argv.at(-1)).toBe('api/main.js');
  return argv.slice(1, -1);
}

describe('launch flags', () => {
  it('npm start and the Docker image run the API with the same Node flags, the young generation bounded', () => {
    expect(dockerCmdFlags()).toEqual(npmStartFlags());
    expect(npmStartFlags()).toContain('--max-semi-space-size=4');
  });
});

// Holds a project open until told to close: the "other instance" of the lock test.
import { openProject } from '../../src/store';

const project = openProject(process.argv[2] ?? '');
process.stdout.write('open\n');
process.stdin.on('data', () => {
  project.close();
  process.exit(0);
});

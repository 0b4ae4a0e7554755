// Test helper process: takes SQLite's write lock on a file (BEGIN IMMEDIATE), says "locked",
// and keeps it until a line arrives on stdin, as another Postwise process or a CLI might.
// Usage: node --import tsx hold-write-lock.ts <file>
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';

const connection = new Database(process.argv[2] ?? '', { timeout: 0 });
connection.exec('BEGIN IMMEDIATE');
process.stdout.write('locked\n');
createInterface({ input: process.stdin }).once('line', () => {
  connection.exec('COMMIT');
  connection.close();
  process.stdout.write('released\n');
  process.exit(0);
});

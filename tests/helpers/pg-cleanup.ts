// Setup file of the PostgreSQL run: each test file's databases are dropped when it ends.
import { afterAll } from 'vitest';
import { dropTestDatabases } from './pg.js';

afterAll(dropTestDatabases);

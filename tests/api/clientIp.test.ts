// Client addresses are kept as people read them: an IPv4 client on a dual-stack socket is "192.0.2.1", not "::ffff:192.0.2.1".
import request from 'supertest';
import type { Request } from 'express';
import { describe, expect, it } from 'vitest';
import { clientIp } from '../../server/http/context.js';
import { auditRows, loginAs, publishDocuments, useTestApp, websiteSubmission } from '../helpers/testApp.js';

const t = useTestApp();

describe('client IP', () => {
  it('unwraps IPv4-mapped IPv6 addresses and leaves real IPv6 and missing ones alone', () => {
    const ip = (value: string | undefined) => clientIp({ ip: value } as Request);
    expect(ip('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(ip('::FFFF:192.0.2.15')).toBe('192.0.2.15');
    expect(ip('203.0.113.7')).toBe('203.0.113.7');
    expect(ip('::1')).toBe('::1');
    expect(ip('2001:db8::ffff:1')).toBe('2001:db8::ffff:1');
    expect(ip('::ffff:999.1')).toBe('::ffff:999.1');
    expect(ip(undefined)).toBeNull();
  });

  it('is stored in audit entries and in a submission’s evidence as plain IPv4', async () => {
    // supertest listens on a dual-stack socket, so this client arrives as ::ffff:127.0.0.1.
    const op = await loginAs(t, 'operator');
    const [login] = auditRows(t, "action = 'auth.login' AND actor_login = ?", op.login);
    expect(login.ip).toBe('127.0.0.1');

    const docs = await publishDocuments(t);
    await request(t.app).post('/api/public/submissions').send(websiteSubmission(docs)).expect(201);
    expect(t.db.prepare('SELECT ip FROM submissions').pluck().get()).toBe('127.0.0.1');
    // A website visitor's address is their personal data: it is kept on the submission (consent evidence, which
    // destruction removes), never in the append-only log, which nothing could erase.
    const [received] = auditRows(t, "action = 'submission.received'");
    expect(received.ip).toBeNull();
  });
});

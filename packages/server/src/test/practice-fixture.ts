import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Role } from '@myomap/core/practice/roles.ts';
import { hashPassword } from '../auth/password-hash.ts';
import type { DatabaseHandle } from '../db/connection.ts';
import { ClientRepository } from '../repositories/client.repository.ts';
import { ClinicRepository } from '../repositories/clinic.repository.ts';
import { UserRepository } from '../repositories/user.repository.ts';
import { seedClinic } from '../services/clinic.service.ts';

export const PASSWORD = 'correct horse battery staple';

/** A signed-in person as a test drives them: the cookie and the CSRF token to send back. */
export interface TestSession {
  userId: string;
  email: string;
  cookie: string;
  csrf: string;
}

let addressCounter = 0;

/** Signs in over HTTP, each time from a new address so the per-address rate limit stays out of the way. */
export async function signIn(app: FastifyInstance, email: string, password = PASSWORD): Promise<TestSession> {
  addressCounter += 1;
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/signin',
    remoteAddress: `10.1.${Math.floor(addressCounter / 250)}.${addressCounter % 250}`,
    payload: { email, password },
  });
  return sessionOf(response);
}

export function sessionOf(response: LightMyRequestResponse): TestSession {
  const cookie = response.cookies.find((c) => c.name === 'myomap_session');
  if (!cookie) throw new Error(`no session cookie in ${response.statusCode} ${response.body}`);
  const account = response.json<{ user: { id: string; email: string }; csrfToken: string }>();
  return {
    userId: account.user.id,
    email: account.user.email,
    cookie: `myomap_session=${cookie.value}`,
    csrf: account.csrfToken,
  };
}

/** A request as this person (or signed out with `null`). */
export function call(
  app: FastifyInstance,
  session: TestSession | null,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  payload?: unknown,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method,
    url,
    headers: session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {},
    ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}),
  });
}

export type FixtureRole = 'ownerA' | 'therapistA' | 'therapist2A' | 'frontDeskA' | 'clientA' | 'ownerB' | 'therapistB';

export interface PracticeFixture {
  clinicA: string;
  clinicB: string;
  /** Client of clinic A with a portal account (clientA), and one of clinic B. */
  clientA: string;
  clientB: string;
  sessions: Record<FixtureRole, TestSession>;
}

const MEMBERS: readonly { key: FixtureRole; clinic: 'A' | 'B'; role: Role }[] = [
  { key: 'ownerA', clinic: 'A', role: 'owner' },
  { key: 'therapistA', clinic: 'A', role: 'therapist' },
  { key: 'therapist2A', clinic: 'A', role: 'therapist' },
  { key: 'frontDeskA', clinic: 'A', role: 'front-desk' },
  { key: 'clientA', clinic: 'A', role: 'client' },
  { key: 'ownerB', clinic: 'B', role: 'owner' },
  { key: 'therapistB', clinic: 'B', role: 'therapist' },
];

/**
 * Two clinics on one server with a person in every role. Accounts are written straight to the database
 * with one shared password hash (hashing is deliberately slow); everyone then signs in over HTTP.
 */
export async function createPracticeFixture(app: FastifyInstance, handle: DatabaseHandle): Promise<PracticeFixture> {
  const db = handle.db;
  const clinics = new ClinicRepository(db);
  const users = new UserRepository(db);
  const clinicA = await clinics.create('Northside Physio');
  const clinicB = await clinics.create('Southside Massage');
  const passwordHash = await hashPassword(PASSWORD);
  const ids = {} as Record<FixtureRole, string>;
  for (const member of MEMBERS) {
    const user = await users.create({
      email: `${member.key.toLowerCase()}@example.org`,
      name: member.key,
      password_hash: passwordHash,
    });
    await users.addMembership(member.clinic === 'A' ? clinicA.id : clinicB.id, user.id, member.role);
    ids[member.key] = user.id;
  }
  await seedClinic(db, clinicA.id, ids.ownerA);
  await seedClinic(db, clinicB.id, ids.ownerB);
  const clients = new ClientRepository(db);
  const blank = {
    phone: null,
    emergency_contact_name: null,
    emergency_contact_phone: null,
    date_of_birth: '1980-05-17',
  };
  const clientA = await clients.create(clinicA.id, {
    ...blank,
    name: 'Cleo Client',
    email: 'clienta@example.org',
    therapist_id: ids.therapistA,
  });
  await clients.update(clinicA.id, clientA.id, { user_id: ids.clientA });
  const clientB = await clients.create(clinicB.id, {
    ...blank,
    name: 'Bea Other',
    email: null,
    therapist_id: ids.therapistB,
  });
  const sessions = {} as Record<FixtureRole, TestSession>;
  for (const member of MEMBERS) sessions[member.key] = await signIn(app, `${member.key.toLowerCase()}@example.org`);
  return { clinicA: clinicA.id, clinicB: clinicB.id, clientA: clientA.id, clientB: clientB.id, sessions };
}

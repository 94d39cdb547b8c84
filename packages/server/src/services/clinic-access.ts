import { can, type Permission, type Role } from '@myomap/core/practice/roles.ts';
import type { Kysely } from 'kysely';
import type { AuditEventTable, ClientTable, ClinicTable, Database } from '../db/schema.ts';
import { HttpProblem } from '../http/problem.ts';
import { DEFAULT_LIMITS } from '../http/rate-limits.ts';
import { AuditRepository, type NewAuditEvent } from '../repositories/audit.repository.ts';
import { ClientRepository } from '../repositories/client.repository.ts';
import { ClinicRepository } from '../repositories/clinic.repository.ts';
import { UserRepository } from '../repositories/user.repository.ts';

/** Who is asking (a signed-in user) and from where. */
export interface Actor {
  userId: string;
  ip: string;
  /** Refusals a minute this actor may cause before further ones answer 429 (RequestLimits); 0: no limit. */
  deniedPerMinute?: number;
}

/** A request that has entered a clinic: the clinic, and the role the actor holds in it. */
export interface ClinicContext {
  actor: Actor;
  clinic: ClinicTable;
  role: Role;
}

export type AuditOutcome = AuditEventTable['outcome'];

export const CLINIC_NOT_FOUND = 'Clinic not found';
export const CLIENT_NOT_FOUND = 'Client not found';

/**
 * The one gate into clinic data. It answers a clinic the actor does not belong to exactly as a clinic
 * that does not exist (404), refuses a role without the permission (403), and records every refusal in
 * the audit log; the service writes the success row, so each request is recorded exactly once. Identical
 * refusals within a minute share one row with a count, and an actor refused too often within a minute
 * gets 429 with no further rows, so no account can flood another clinic's log.
 */
export class ClinicAccess {
  constructor(private readonly db: Kysely<Database>) {}

  async enter(actor: Actor, clinicId: string, permission: Permission, action: string): Promise<ClinicContext> {
    const clinic = await new ClinicRepository(this.db).findById(clinicId);
    const membership = clinic ? await new UserRepository(this.db).membership(clinic.id, actor.userId) : undefined;
    if (!clinic || !membership) {
      // A probe of someone else's clinic shows in that clinic's log (and never says whether it exists).
      await this.record(actor, clinic?.id ?? null, action, 'clinic', clinicId, 'denied');
      throw new HttpProblem(404, CLINIC_NOT_FOUND);
    }
    if (!can(membership.role, permission)) {
      await this.record(actor, clinic.id, action, 'clinic', clinic.id, 'denied');
      throw new HttpProblem(403, `A ${membership.role} cannot do this here`);
    }
    return { actor, clinic, role: membership.role };
  }

  /**
   * A client of the clinic the context entered, or 404. Where the clinic restricts therapists to their
   * own clients, another therapist's client is answered as missing too.
   */
  async client(
    context: ClinicContext,
    clientId: string,
    action: string,
    db: Kysely<Database> = this.db,
  ): Promise<ClientTable> {
    const client = await new ClientRepository(db).find(context.clinic.id, clientId);
    if (!client || !this.sees(context, client)) {
      await this.audit(context, action, clientId, 'denied', db);
      throw new HttpProblem(404, CLIENT_NOT_FOUND);
    }
    return client;
  }

  /** Whether the clinic's setting lets this actor see this client. */
  sees(context: ClinicContext, client: Pick<ClientTable, 'therapist_id'>): boolean {
    return !(
      context.role === 'therapist' &&
      context.clinic.therapists_see_own_clients_only === 1 &&
      client.therapist_id !== context.actor.userId
    );
  }

  /** One row of the audit log about a client (or the clinic when no client is named). */
  async audit(
    context: ClinicContext,
    action: string,
    clientId: string | null,
    outcome: AuditOutcome = 'success',
    db: Kysely<Database> = this.db,
  ): Promise<void> {
    await this.write(
      context.actor,
      {
        clinic_id: context.clinic.id,
        actor_id: context.actor.userId,
        origin: context.actor.ip,
        action,
        subject_type: clientId ? 'client' : 'clinic',
        subject_id: clientId ?? context.clinic.id,
        outcome,
      },
      db,
    );
  }

  async record(
    actor: Actor,
    clinicId: string | null,
    action: string,
    subjectType: string,
    subjectId: string | null,
    outcome: AuditOutcome,
    db: Kysely<Database> = this.db,
  ): Promise<void> {
    await this.write(
      actor,
      {
        clinic_id: clinicId,
        actor_id: actor.userId,
        origin: actor.ip,
        action,
        subject_type: subjectType,
        subject_id: subjectId,
        outcome,
      },
      db,
    );
  }

  private async write(actor: Actor, event: NewAuditEvent, db: Kysely<Database>): Promise<void> {
    const audit = new AuditRepository(db);
    if (event.outcome !== 'denied') {
      await audit.record(event);
      return;
    }
    const limit = actor.deniedPerMinute ?? DEFAULT_LIMITS.deniedPerMinute;
    if ((await audit.recordDenial(event, limit)) === 'throttled') {
      throw HttpProblem.tooManyRequests('Too many refused requests: try again in a minute', 60);
    }
  }
}

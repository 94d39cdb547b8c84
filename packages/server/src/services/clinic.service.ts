import { DEFAULT_CONSENT_FORM } from '@myomap/core/practice/consent.ts';
import type { Role } from '@myomap/core/practice/roles.ts';
import type { Kysely } from 'kysely';
import { isTimeZone } from '@myomap/core/scheduling/local-time.ts';
import type { ClinicTable, ConsentFormTable, Database } from '../db/schema.ts';
import { HttpProblem } from '../http/problem.ts';
import { ConsentFormRepository } from '../repositories/client-records.repository.ts';
import { ClinicRepository } from '../repositories/clinic.repository.ts';
import { UserRepository } from '../repositories/user.repository.ts';
import { ClinicAccess, type Actor } from './clinic-access.ts';

export interface ClinicSettings {
  id: string;
  name: string;
  therapistsSeeOwnClientsOnly: boolean;
  retentionYears: number;
  timeZone: string;
  reminderHours: number;
  clientChangeHours: number;
  clientRequests: boolean;
}

export interface ClinicSettingsUpdate {
  name?: string | undefined;
  therapistsSeeOwnClientsOnly?: boolean | undefined;
  retentionYears?: number | undefined;
  timeZone?: string | undefined;
  reminderHours?: number | undefined;
  clientChangeHours?: number | undefined;
  clientRequests?: boolean | undefined;
}

export interface Member {
  userId: string;
  name: string;
  email: string;
  role: Role;
  since: string;
}

export interface AuditEntry {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  origin: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  outcome: string;
  /** Identical refusals within a minute share one entry; this says how many it stands for. */
  count: number;
}

export interface ConsentForm {
  id: string;
  kind: string;
  version: number;
  title: string;
  body: string;
  publishedAt: string;
}

function consentForm(row: ConsentFormTable): ConsentForm {
  return {
    id: row.id,
    kind: row.kind,
    version: row.version,
    title: row.title,
    body: row.body,
    publishedAt: row.published_at,
  };
}

/** A clinic as its owner runs it: settings, staff, consent form texts and the audit log. */
export class ClinicService {
  private readonly access: ClinicAccess;

  constructor(private readonly db: Kysely<Database>) {
    this.access = new ClinicAccess(db);
  }

  /** A new clinic owned by the actor, with the default treatment consent as version 1. */
  async create(actor: Actor, name: string): Promise<ClinicSettings> {
    return this.db.transaction().execute(async (trx) => {
      const clinic = await new ClinicRepository(trx).create(name);
      await new UserRepository(trx).addMembership(clinic.id, actor.userId, 'owner');
      await seedClinic(trx, clinic.id, actor.userId);
      await this.access.record(actor, clinic.id, 'clinic.create', 'clinic', clinic.id, 'success', trx);
      return settingsOf(clinic);
    });
  }

  async settings(actor: Actor, clinicId: string): Promise<ClinicSettings> {
    const context = await this.access.enter(actor, clinicId, 'clinic.settings', 'clinic.settings.read');
    await this.access.audit(context, 'clinic.settings.read', null);
    return settingsOf(context.clinic);
  }

  async updateSettings(actor: Actor, clinicId: string, input: ClinicSettingsUpdate): Promise<ClinicSettings> {
    const context = await this.access.enter(actor, clinicId, 'clinic.settings', 'clinic.settings.update');
    const changes = {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.therapistsSeeOwnClientsOnly !== undefined
        ? { therapists_see_own_clients_only: input.therapistsSeeOwnClientsOnly ? 1 : 0 }
        : {}),
      ...(input.retentionYears !== undefined ? { retention_years: input.retentionYears } : {}),
      ...(input.timeZone !== undefined ? { time_zone: input.timeZone } : {}),
      ...(input.reminderHours !== undefined ? { reminder_hours: input.reminderHours } : {}),
      ...(input.clientChangeHours !== undefined ? { client_change_hours: input.clientChangeHours } : {}),
      ...(input.clientRequests !== undefined ? { client_requests: input.clientRequests ? 1 : 0 } : {}),
    };
    if (input.timeZone !== undefined && !isTimeZone(input.timeZone)) {
      throw new HttpProblem(400, `body.timeZone: unknown time zone "${input.timeZone}"`, [
        { field: 'body.timeZone', message: `unknown time zone "${input.timeZone}"` },
      ]);
    }
    await this.db.transaction().execute(async (trx) => {
      if (Object.keys(changes).length > 0) await new ClinicRepository(trx).updateSettings(clinicId, changes);
      await this.access.audit(context, 'clinic.settings.update', null, 'success', trx);
    });
    return settingsOf({ ...context.clinic, ...changes });
  }

  async members(actor: Actor, clinicId: string): Promise<Member[]> {
    const context = await this.access.enter(actor, clinicId, 'clinic.members', 'clinic.members.read');
    const rows = await new UserRepository(this.db).membersOf(clinicId);
    await this.access.audit(context, 'clinic.members.read', null);
    return rows.filter((r) => r.role !== 'client').map(memberOf);
  }

  /** Therapists may need each other's names (and the front desk theirs) to book and assign. */
  async therapists(actor: Actor, clinicId: string): Promise<Member[]> {
    const context = await this.access.enter(actor, clinicId, 'clients.contact', 'clinic.therapists.read');
    const rows = await new UserRepository(this.db).membersOf(clinicId);
    await this.access.audit(context, 'clinic.therapists.read', null);
    return rows.filter((r) => r.role === 'therapist' || r.role === 'owner').map(memberOf);
  }

  async removeMember(actor: Actor, clinicId: string, userId: string): Promise<void> {
    await this.access.enter(actor, clinicId, 'clinic.members', 'clinic.members.remove');
    if (userId === actor.userId) throw new HttpProblem(409, 'An owner cannot remove themselves');
    await this.db.transaction().execute(async (trx) => {
      const users = new UserRepository(trx);
      const membership = await users.membership(clinicId, userId);
      if (!membership || membership.role === 'client') throw new HttpProblem(404, 'Member not found');
      await users.removeMembership(clinicId, userId);
      await this.access.record(actor, clinicId, 'clinic.members.remove', 'user', userId, 'success', trx);
    });
  }

  async consentForms(actor: Actor, clinicId: string): Promise<ConsentForm[]> {
    const context = await this.access.enter(actor, clinicId, 'clinic.consent-forms.read', 'consent-forms.read');
    const forms = await new ConsentFormRepository(this.db).list(clinicId);
    await this.access.audit(context, 'consent-forms.read', null);
    return forms.map(consentForm);
  }

  /** A new version of a form; every client is asked to sign again. */
  async publishConsentForm(
    actor: Actor,
    clinicId: string,
    input: { kind: string; title: string; body: string },
  ): Promise<ConsentForm> {
    const context = await this.access.enter(actor, clinicId, 'clinic.consent-forms.write', 'consent-forms.publish');
    return this.db.transaction().execute(async (trx) => {
      const row = await new ConsentFormRepository(trx).publish(clinicId, { ...input, published_by: actor.userId });
      await this.access.audit(context, 'consent-forms.publish', null, 'success', trx);
      return consentForm(row);
    });
  }

  async auditLog(
    actor: Actor,
    clinicId: string,
    query: { clientId?: string | undefined; limit?: number | undefined },
  ): Promise<AuditEntry[]> {
    const context = await this.access.enter(actor, clinicId, 'clinic.audit', 'audit.read');
    let select = this.db
      .selectFrom('audit_events')
      .leftJoin('users', 'users.id', 'audit_events.actor_id')
      .selectAll('audit_events')
      .select('users.name as actor_name')
      .where('audit_events.clinic_id', '=', clinicId);
    if (query.clientId) {
      select = select
        .where('audit_events.subject_type', '=', 'client')
        .where('audit_events.subject_id', '=', query.clientId);
    }
    const rows = await select
      .orderBy('audit_events.occurred_at', 'desc')
      .orderBy('audit_events.id', 'desc')
      .limit(query.limit ?? 200)
      .execute();
    await this.access.audit(context, 'audit.read', null);
    return rows.map((r) => ({
      id: r.id,
      at: r.occurred_at,
      actorId: r.actor_id,
      actorName: r.actor_name,
      origin: r.origin,
      action: r.action,
      subjectType: r.subject_type,
      subjectId: r.subject_id,
      outcome: r.outcome,
      count: r.repeat_count,
    }));
  }
}

/** What every new clinic starts with. */
export async function seedClinic(db: Kysely<Database>, clinicId: string, ownerId: string): Promise<void> {
  await new ConsentFormRepository(db).publish(clinicId, { ...DEFAULT_CONSENT_FORM, published_by: ownerId });
}

function settingsOf(clinic: ClinicTable): ClinicSettings {
  return {
    id: clinic.id,
    name: clinic.name,
    therapistsSeeOwnClientsOnly: clinic.therapists_see_own_clients_only === 1,
    retentionYears: clinic.retention_years,
    timeZone: clinic.time_zone,
    reminderHours: clinic.reminder_hours,
    clientChangeHours: clinic.client_change_hours,
    clientRequests: clinic.client_requests === 1,
  };
}

function memberOf(row: { user_id: string; name: string; email: string; role: Role; created_at: string }): Member {
  return { userId: row.user_id, name: row.name, email: row.email, role: row.role, since: row.created_at };
}

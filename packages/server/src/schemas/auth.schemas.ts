import { z } from 'zod';

const email = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ error: 'must be an email address' }));
const password = z.string().min(1, 'is required').max(1024);
const name = z.string().trim().min(1, 'is required').max(200);

export const setUpSchema = z
  .object({ name, email, password, clinicName: z.string().trim().min(1).max(200).optional() })
  .meta({ id: 'SetUpRequest' });
export const signUpSchema = z.object({ name, email, password }).meta({ id: 'SignUpRequest' });
export const signInSchema = z.object({ email, password }).meta({ id: 'SignInRequest' });

export const accountSchema = z
  .object({
    user: z.object({ id: z.string(), email: z.string(), name: z.string() }),
    memberships: z.array(
      z.object({
        clinicId: z.string(),
        clinicName: z.string(),
        role: z.enum(['owner', 'therapist', 'front-desk', 'client']),
      }),
    ),
    csrfToken: z.string().describe('Send it back in the x-csrf-token header on every state-changing request'),
  })
  .meta({ id: 'Account' });

/**
 * Generated from the server's OpenAPI document by `npm run generate:api`. Do not edit:
 * change the route schemas in packages/server and regenerate.
 */
export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the server is up */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                            version: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ready";
                            /** @enum {string} */
                            database: "sqlite" | "postgres";
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether this Myomap still needs its first account */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            needsSetup: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        /** First start: create the first account, and with a clinic name, the clinic it owns */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SetUpRequestInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a personal self-care account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SignUpRequestInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/signin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in; a new session (and cookie) every time */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SignInRequestInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/signout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: the session ends on the server */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in account, its clinics and roles, and its CSRF token */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The body region vocabulary, optionally only the regions a view draws */
        get: {
            parameters: {
                query?: {
                    view?: "front" | "back" | "left" | "right" | "head-front" | "head-side" | "head-back" | "hand-palm" | "hand-back" | "foot-sole" | "foot-top";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Region"][];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/muscles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List muscles, optionally searched ("lats", "heel pain") or filtered by body area */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    area?: "head" | "neck" | "shoulder" | "arm" | "elbow" | "forearm" | "wrist" | "hand" | "chest" | "abdomen" | "upper back" | "lower back" | "pelvis" | "hip" | "thigh" | "knee" | "leg" | "ankle" | "foot";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MuscleSummary"][];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/muscles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One muscle with its trigger points, referral zones, self-treatment, stretch and sources */
        get: {
            parameters: {
                query?: {
                    side?: "left" | "right";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Muscle"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conditions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List conditions, optionally searched */
        get: {
            parameters: {
                query?: {
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ConditionSummary"][];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conditions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One condition: muscles to check, evidence with sources, red flags, questions for a doctor */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Condition"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/finder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rank the muscles whose trigger points best explain a pain drawing
         * @description Referral patterns show where to look, not what is wrong. Red flags in the response come first: when present, the person should see a doctor before any self-treatment.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FinderRequestInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FinderResponse"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/screening/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The safety questions, in stepper order, with the ruleset version */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ScreeningQuestions"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/screening/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answers and medicines in; a decision with every reason, modifications and sources out
         * @description Outcomes, most severe first: urgent, refer, postpone, caution, ok. Red flags always win.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ScreeningRequestInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ScreeningDecision"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Plan a session: ordered, timed steps within a time budget, respecting screening */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PlanRequestInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SessionPlan"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description RFC 9457 problem details */
        ProblemInput: {
            type: string;
            title: string;
            status: number;
            detail?: string;
            instance?: string;
            errors?: {
                field: string;
                message: string;
            }[];
        };
        SourceInput: {
            ref: string;
            locator?: string;
            citation: string;
            /** @enum {string} */
            kind: "textbook" | "review" | "trial" | "guideline" | "study" | "popular";
            url?: string;
        };
        NamedRefInput: {
            id: string;
            name: string;
        };
        TriggerPointInput: {
            id: string;
            label: string;
            /** @enum {string} */
            side: "left" | "right";
            /** @description Where the trigger point lies, as a region id on `side` */
            region: string;
            location: {
                region: string;
                u?: number;
                v?: number;
                view?: string;
            };
            /** @description Region ids where it nearly always refers pain */
            essential: string[];
            /** @description Region ids where it sometimes refers pain */
            spillover: string[];
            symptoms: string[];
            howToFind: string;
            selfTreatment: {
                readonly tools: ("hands" | "ball" | "foam-roller" | "hooked-cane")[];
                /** @enum {string} */
                position: "seated" | "supine" | "prone" | "side-lying" | "standing" | "standing-wall";
                readonly steps: string[];
                /** @description Target discomfort, 0–10 */
                pressure: number;
                holdSeconds?: number;
                repetitions?: number;
                strokes?: number;
            };
            precautions: string[];
            sources: components["schemas"]["SourceInput"][];
        };
        MuscleInput: {
            id: string;
            name: string;
            commonNames: string[];
            area: string;
            action: string;
            triggerPoints: components["schemas"]["TriggerPointInput"][];
            stretch: {
                name: string;
                /** @enum {string} */
                position: "seated" | "supine" | "prone" | "side-lying" | "standing" | "standing-wall";
                readonly steps: string[];
                holdSeconds: number;
                repetitions: number;
            };
            perpetuatingFactors: string[];
            precautions: string[];
            relatedMuscles: components["schemas"]["NamedRefInput"][];
            conditions: components["schemas"]["NamedRefInput"][];
            sources: components["schemas"]["SourceInput"][];
        };
        MuscleSummaryInput: {
            id: string;
            name: string;
            commonNames: string[];
            area: string;
            triggerPoints: number;
        };
        ConditionInput: {
            id: string;
            name: string;
            aka: string[];
            /** @enum {string} */
            kind: "condition" | "caution";
            description: string;
            /** @description Region bases (side-less) where people feel it */
            regions: string[];
            /** @description Muscles to check, most likely first */
            muscles: components["schemas"]["NamedRefInput"][];
            evidence: {
                /** @enum {string} */
                level: "moderate" | "low" | "very-low" | "insufficient" | "not-applicable";
                summary: string;
                sources: components["schemas"]["SourceInput"][];
            };
            redFlags: string[];
            askYourDoctor: string[];
            sources: components["schemas"]["SourceInput"][];
        };
        ConditionSummaryInput: {
            id: string;
            name: string;
            /** @enum {string} */
            kind: "condition" | "caution";
            /** @enum {string} */
            evidenceLevel: "moderate" | "low" | "very-low" | "insufficient" | "not-applicable";
            muscles: string[];
        };
        SetUpRequestInput: {
            name: string;
            email: string;
            password: string;
            clinicName?: string;
        };
        SignUpRequestInput: {
            name: string;
            email: string;
            password: string;
        };
        SignInRequestInput: {
            email: string;
            password: string;
        };
        AccountInput: {
            user: {
                id: string;
                email: string;
                name: string;
            };
            memberships: {
                clinicId: string;
                clinicName: string;
                /** @enum {string} */
                role: "owner" | "therapist" | "front-desk" | "client";
            }[];
            /** @description Send it back in the x-csrf-token header on every state-changing request */
            csrfToken: string;
        };
        FinderRequestInput: {
            regions: {
                region: string;
                intensity: number;
                qualities: ("aching" | "sharp" | "burning" | "tingling")[];
            }[];
            symptoms?: string[];
            note?: string;
            /**
             * @description Only consider trigger points on this side
             * @enum {string}
             */
            side?: "left" | "right";
            /** @description How many results (default 10) */
            top?: number;
        };
        RedFlagInput: {
            id: string;
            /** @enum {string} */
            urgency: "urgent" | "refer";
            title: string;
            advice: string;
            because: string[];
        };
        FinderResponseInput: {
            results: {
                muscle: string;
                name: string;
                score: number;
                triggerPoints: string[];
                explains: string[];
                essential: string[];
                spillover: string[];
                sides: ("left" | "right")[];
                symptoms: string[];
                reason: string;
            }[];
            /** @description The smallest set of muscles that explains every explainable marked region */
            cover: string[];
            /** @description Marked regions no trigger point refers to */
            unexplained: string[];
            /** @description Regions to ask about next to separate the leading candidates */
            ask: string[];
            redFlags: components["schemas"]["RedFlagInput"][];
        };
        PlanRequestInput: {
            /** @description Highest ranked first; the plan keeps the first that fit */
            triggerPoints: {
                /** @description Atlas trigger point id, e.g. upper-trapezius.tp1 */
                id: string;
                /** @enum {string} */
                side: "left" | "right";
            }[];
            /** @description Time available in seconds (default 1200) */
            budgetSeconds?: number;
            /** @enum {string} */
            mode?: "self-care" | "therapist";
            tools?: ("hands" | "ball" | "foam-roller" | "hooked-cane")[];
            /** @enum {string} */
            intensity?: "gentle" | "moderate" | "firm";
            /** @description From screening: light pressure, areas to avoid, positions not allowed */
            modifications?: {
                lightPressure?: boolean;
                avoidRegions?: string[];
                noPositions?: ("seated" | "supine" | "prone" | "side-lying" | "standing" | "standing-wall")[];
                noHeat?: boolean;
            };
        };
        SessionPlanInput: {
            steps: {
                id: string;
                /** @enum {string} */
                kind: "warm-up" | "compression" | "stripping" | "stretch" | "transition" | "after-care";
                title: string;
                /** @enum {string} */
                position: "seated" | "supine" | "prone" | "side-lying" | "standing" | "standing-wall";
                seconds: number;
                triggerPoint?: string;
                muscle?: string;
                /** @enum {string} */
                side?: "left" | "right";
                region?: string;
                pressure?: number;
                holdSeconds?: number;
                repetitions?: number;
                strokes?: number;
                instructions: string[];
                /** @enum {string} */
                tool?: "hands" | "ball" | "foam-roller" | "hooked-cane";
            }[];
            totalSeconds: number;
            budgetSeconds: number;
            positions: ("seated" | "supine" | "prone" | "side-lying" | "standing" | "standing-wall")[];
            positionChanges: number;
            leftOut: {
                triggerPoint: string;
                /** @enum {string} */
                side: "left" | "right";
                reason: string;
            }[];
            pressureCap: number;
        };
        RegionInput: {
            id: string;
            label: string;
            anatomicalLabel: string;
            /** @enum {string} */
            side: "left" | "right" | "midline";
            /** @enum {string} */
            area: "head" | "neck" | "shoulder" | "arm" | "elbow" | "forearm" | "wrist" | "hand" | "chest" | "abdomen" | "upper back" | "lower back" | "pelvis" | "hip" | "thigh" | "knee" | "leg" | "ankle" | "foot";
            views: ("front" | "back" | "left" | "right" | "head-front" | "head-side" | "head-back" | "hand-palm" | "hand-back" | "foot-sole" | "foot-top")[];
            neighbours: string[];
            /** @description SNOMED CT body structure concept id */
            snomed?: string;
            /** @description CHOIR body map region keys (f01–f36, b01–b38) */
            choir: string[];
        };
        ScreeningRequestInput: {
            /** @description Answers keyed by question id (see /api/screening/questions) */
            answers: {
                [key: string]: boolean | string | string[] | number;
            };
            /**
             * @description Medicines as written, one per entry
             * @default []
             */
            medications: string[];
            /** @description Where the person wants to treat (region ids) */
            regions?: string[];
        };
        ScreeningModificationInput: {
            /** @enum {string} */
            type: "light-pressure" | "moderate-pressure" | "avoid-regions" | "avoid-area" | "no-position" | "no-heat" | "check-skin" | "rise-slowly";
            regions?: string[];
            area?: string;
            position?: string;
            reason?: string;
        };
        ScreeningDecisionInput: {
            /** @enum {string} */
            outcome: "urgent" | "refer" | "postpone" | "caution" | "ok";
            reasons: {
                rule: string;
                /** @enum {string} */
                outcome: "urgent" | "refer" | "postpone" | "caution" | "ok";
                reason: string;
                advice: string;
                sources: {
                    ref: string;
                    locator?: string;
                }[];
            }[];
            modifications: components["schemas"]["ScreeningModificationInput"][];
            medications: {
                input: string;
                name: string;
                matchedAs: string;
                approximate: boolean;
                topical: boolean;
                classes: {
                    id: string;
                    label: string;
                    /** @description WHO ATC codes */
                    readonly atc: string[];
                }[];
            }[];
            unrecognisedMedications: string[];
            treatmentRegions: {
                region: string;
                /** @enum {string} */
                limit: "avoid" | "light" | "moderate" | "none";
            }[];
            rulesetVersion: string;
        };
        ScreeningQuestionsInput: {
            rulesetVersion: string;
            readonly sections: {
                id: string;
                order: number;
                title: string;
                intro: string;
            }[];
            readonly questions: {
                id: string;
                section: string;
                order: number;
                /** @enum {string} */
                type: "yes-no" | "choice" | "regions" | "number";
                text: string;
                help?: string;
                showIf?: {
                    yes: string;
                };
                required?: boolean;
                readonly options?: {
                    id: string;
                    label: string;
                }[];
                multiple?: boolean;
                min?: number;
                max?: number;
                unit?: string;
                integer?: boolean;
            }[];
        };
        /** @description RFC 9457 problem details */
        Problem: {
            type: string;
            title: string;
            status: number;
            detail?: string;
            instance?: string;
            errors?: {
                field: string;
                message: string;
            }[];
        };
        Source: {
            ref: string;
            locator?: string;
            citation: string;
            /** @enum {string} */
            kind: "textbook" | "review" | "trial" | "guideline" | "study" | "popular";
            url?: string;
        };
        NamedRef: {
            id: string;
            name: string;
        };
        TriggerPoint: {
            id: string;
            label: string;
            /** @enum {string} */
            side: "left" | "right";
            /** @description Where the trigger point lies, as a region id on `side` */
            region: string;
            location: {
                region: string;
                u?: number;
                v?: number;
                view?: string;
            };
            /** @description Region ids where it nearly always refers pain */
            essential: string[];
            /** @description Region ids where it sometimes refers pain */
            spillover: string[];
            symptoms: string[];
            howToFind: string;
            selfTreatment: {
                readonly tools: ("hands" | "ball" | "foam-roller" | "hooked-cane")[];
                /** @enum {string} */
                position: "seated" | "supine" | "prone" | "side-lying" | "standing" | "standing-wall";
                readonly steps: string[];
                /** @description Target discomfort, 0–10 */
                pressure: number;
                holdSeconds?: number;
                repetitions?: number;
                strokes?: number;
            };
            precautions: string[];
            sources: components["schemas"]["Source"][];
        };
        Muscle: {
            id: string;
            name: string;
            commonNames: string[];
            area: string;
            action: string;
            triggerPoints: components["schemas"]["TriggerPoint"][];
            stretch: {
                name: string;
                /** @enum {string} */
                position: "seated" | "supine" | "prone" | "side-lying" | "standing" | "standing-wall";
                readonly steps: string[];
                holdSeconds: number;
                repetitions: number;
            };
            perpetuatingFactors: string[];
            precautions: string[];
            relatedMuscles: components["schemas"]["NamedRef"][];
            conditions: components["schemas"]["NamedRef"][];
            sources: components["schemas"]["Source"][];
        };
        MuscleSummary: {
            id: string;
            name: string;
            commonNames: string[];
            area: string;
            triggerPoints: number;
        };
        Condition: {
            id: string;
            name: string;
            aka: string[];
            /** @enum {string} */
            kind: "condition" | "caution";
            description: string;
            /** @description Region bases (side-less) where people feel it */
            regions: string[];
            /** @description Muscles to check, most likely first */
            muscles: components["schemas"]["NamedRef"][];
            evidence: {
                /** @enum {string} */
                level: "moderate" | "low" | "very-low" | "insufficient" | "not-applicable";
                summary: string;
                sources: components["schemas"]["Source"][];
            };
            redFlags: string[];
            askYourDoctor: string[];
            sources: components["schemas"]["Source"][];
        };
        ConditionSummary: {
            id: string;
            name: string;
            /** @enum {string} */
            kind: "condition" | "caution";
            /** @enum {string} */
            evidenceLevel: "moderate" | "low" | "very-low" | "insufficient" | "not-applicable";
            muscles: string[];
        };
        SetUpRequest: {
            name: string;
            /** Format: email */
            email: string;
            password: string;
            clinicName?: string;
        };
        SignUpRequest: {
            name: string;
            /** Format: email */
            email: string;
            password: string;
        };
        SignInRequest: {
            /** Format: email */
            email: string;
            password: string;
        };
        Account: {
            user: {
                id: string;
                email: string;
                name: string;
            };
            memberships: {
                clinicId: string;
                clinicName: string;
                /** @enum {string} */
                role: "owner" | "therapist" | "front-desk" | "client";
            }[];
            /** @description Send it back in the x-csrf-token header on every state-changing request */
            csrfToken: string;
        };
        FinderRequest: {
            regions: {
                region: string;
                intensity: number;
                qualities: ("aching" | "sharp" | "burning" | "tingling")[];
            }[];
            symptoms?: string[];
            note?: string;
            /**
             * @description Only consider trigger points on this side
             * @enum {string}
             */
            side?: "left" | "right";
            /** @description How many results (default 10) */
            top?: number;
        };
        RedFlag: {
            id: string;
            /** @enum {string} */
            urgency: "urgent" | "refer";
            title: string;
            advice: string;
            because: string[];
        };
        FinderResponse: {
            results: {
                muscle: string;
                name: string;
                score: number;
                triggerPoints: string[];
                explains: string[];
                essential: string[];
                spillover: string[];
                sides: ("left" | "right")[];
                symptoms: string[];
                reason: string;
            }[];
            /** @description The smallest set of muscles that explains every explainable marked region */
            cover: string[];
            /** @description Marked regions no trigger point refers to */
            unexplained: string[];
            /** @description Regions to ask about next to separate the leading candidates */
            ask: string[];
            redFlags: components["schemas"]["RedFlag"][];
        };
        PlanRequest: {
            /** @description Highest ranked first; the plan keeps the first that fit */
            triggerPoints: {
                /** @description Atlas trigger point id, e.g. upper-trapezius.tp1 */
                id: string;
                /** @enum {string} */
                side: "left" | "right";
            }[];
            /** @description Time available in seconds (default 1200) */
            budgetSeconds?: number;
            /** @enum {string} */
            mode?: "self-care" | "therapist";
            tools?: ("hands" | "ball" | "foam-roller" | "hooked-cane")[];
            /** @enum {string} */
            intensity?: "gentle" | "moderate" | "firm";
            /** @description From screening: light pressure, areas to avoid, positions not allowed */
            modifications?: {
                lightPressure?: boolean;
                avoidRegions?: string[];
                noPositions?: ("seated" | "supine" | "prone" | "side-lying" | "standing" | "standing-wall")[];
                noHeat?: boolean;
            };
        };
        SessionPlan: {
            steps: {
                id: string;
                /** @enum {string} */
                kind: "warm-up" | "compression" | "stripping" | "stretch" | "transition" | "after-care";
                title: string;
                /** @enum {string} */
                position: "seated" | "supine" | "prone" | "side-lying" | "standing" | "standing-wall";
                seconds: number;
                triggerPoint?: string;
                muscle?: string;
                /** @enum {string} */
                side?: "left" | "right";
                region?: string;
                pressure?: number;
                holdSeconds?: number;
                repetitions?: number;
                strokes?: number;
                instructions: string[];
                /** @enum {string} */
                tool?: "hands" | "ball" | "foam-roller" | "hooked-cane";
            }[];
            totalSeconds: number;
            budgetSeconds: number;
            positions: ("seated" | "supine" | "prone" | "side-lying" | "standing" | "standing-wall")[];
            positionChanges: number;
            leftOut: {
                triggerPoint: string;
                /** @enum {string} */
                side: "left" | "right";
                reason: string;
            }[];
            pressureCap: number;
        };
        Region: {
            id: string;
            label: string;
            anatomicalLabel: string;
            /** @enum {string} */
            side: "left" | "right" | "midline";
            /** @enum {string} */
            area: "head" | "neck" | "shoulder" | "arm" | "elbow" | "forearm" | "wrist" | "hand" | "chest" | "abdomen" | "upper back" | "lower back" | "pelvis" | "hip" | "thigh" | "knee" | "leg" | "ankle" | "foot";
            views: ("front" | "back" | "left" | "right" | "head-front" | "head-side" | "head-back" | "hand-palm" | "hand-back" | "foot-sole" | "foot-top")[];
            neighbours: string[];
            /** @description SNOMED CT body structure concept id */
            snomed?: string;
            /** @description CHOIR body map region keys (f01–f36, b01–b38) */
            choir: string[];
        };
        ScreeningRequest: {
            /** @description Answers keyed by question id (see /api/screening/questions) */
            answers: {
                [key: string]: boolean | string | string[] | number;
            };
            /**
             * @description Medicines as written, one per entry
             * @default []
             */
            medications: string[];
            /** @description Where the person wants to treat (region ids) */
            regions?: string[];
        };
        ScreeningModification: {
            /** @enum {string} */
            type: "light-pressure" | "moderate-pressure" | "avoid-regions" | "avoid-area" | "no-position" | "no-heat" | "check-skin" | "rise-slowly";
            regions?: string[];
            area?: string;
            position?: string;
            reason?: string;
        };
        ScreeningDecision: {
            /** @enum {string} */
            outcome: "urgent" | "refer" | "postpone" | "caution" | "ok";
            reasons: {
                rule: string;
                /** @enum {string} */
                outcome: "urgent" | "refer" | "postpone" | "caution" | "ok";
                reason: string;
                advice: string;
                sources: {
                    ref: string;
                    locator?: string;
                }[];
            }[];
            modifications: components["schemas"]["ScreeningModification"][];
            medications: {
                input: string;
                name: string;
                matchedAs: string;
                approximate: boolean;
                topical: boolean;
                classes: {
                    id: string;
                    label: string;
                    /** @description WHO ATC codes */
                    readonly atc: string[];
                }[];
            }[];
            unrecognisedMedications: string[];
            treatmentRegions: {
                region: string;
                /** @enum {string} */
                limit: "avoid" | "light" | "moderate" | "none";
            }[];
            rulesetVersion: string;
        };
        ScreeningQuestions: {
            rulesetVersion: string;
            readonly sections: {
                id: string;
                order: number;
                title: string;
                intro: string;
            }[];
            readonly questions: {
                id: string;
                section: string;
                order: number;
                /** @enum {string} */
                type: "yes-no" | "choice" | "regions" | "number";
                text: string;
                help?: string;
                showIf?: {
                    yes: string;
                };
                required?: boolean;
                readonly options?: {
                    id: string;
                    label: string;
                }[];
                multiple?: boolean;
                min?: number;
                max?: number;
                unit?: string;
                integer?: boolean;
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;

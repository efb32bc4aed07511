// generated — do not edit. Made by `pnpm --filter @vbs/client generate` from spec/openapi.yaml.

export interface paths {
    "/v3/{project_id}/backups/{backup_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the project (Keystone project, 32 hexadecimal characters) that owns the backup. It must be the
                 *     project the token is scoped to; a backup of another project is answered with `404`.
                 * @example b23b579f08c84228b9b4673c46f0c442
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description Id (UUID) of the backup. An unknown id is answered with `404` (`itemNotFound`).
                 * @example 1d1139d8-8989-49d3-8aa1-83eb691e6db2
                 */
                backup_id: components["parameters"]["BackupId"];
            };
            cookie?: never;
        };
        /**
         * Show backup details
         * @description Returns one backup of the project, as Cinder's "Show backup detail" call does. Which optional
         *     fields appear depends on the microversion (`OpenStack-API-Version`) and the caller's policy.
         *     The request has no body; it needs a project-scoped token in the `X-Auth-Token` header.
         */
        get: operations["showBackup"];
        put?: never;
        post?: never;
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
        /**
         * @description Statuses the service is known to send: `creating` (being made), `available` (usable),
         *     `deleting`, `error` (see `fail_reason`), `restoring`, `error_deleting`, `error_restoring`.
         * @example available
         * @enum {string}
         */
        KnownBackupStatus: "creating" | "available" | "deleting" | "error" | "restoring" | "error_deleting" | "error_restoring";
        /**
         * @description Backup status. The known values are listed; servers add states, so any other string is valid too
         *     and clients must tolerate it.
         * @example available
         */
        BackupStatus: components["schemas"]["KnownBackupStatus"] | string;
        /** @description A link to the backup. */
        Link: {
            /**
             * Format: uri
             * @description URL of the backup; versioned (`/v3/...`) for `self`, unversioned for `bookmark`.
             * @example https://vbs.eu-de.otc.t-systems.com/v3/b23b579f08c84228b9b4673c46f0c442/backups/1d1139d8-8989-49d3-8aa1-83eb691e6db2
             */
            href: string;
            /**
             * @description Relation of the link, `self` or `bookmark` (the vendor's `next` belongs to the list call).
             * @example self
             */
            rel: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Time in UTC without a zone offset, `YYYY-MM-DDTHH:MM:SS` with up to six fraction digits
         *     (Cinder's `2019-03-27T12:36:17.596602`). Not RFC 3339 `date-time`, which requires an offset.
         * @example 2019-03-27T12:36:17.596602
         */
        NaiveUtcTimestamp: string;
        /**
         * @description One backup. The vendor's page calls `backup` a "List of queried backups": it is one object, and these
         *     are its properties. The 17 required keys are sent at every microversion (some may be `null`); the
         *     four optional ones depend on the microversion and policy and are absent, never `null`, when not sent.
         *     Servers may add vendor keys, so unknown properties are allowed.
         */
        Backup: {
            /**
             * Format: uuid
             * @description Backup id (UUID).
             * @example 1d1139d8-8989-49d3-8aa1-83eb691e6db2
             */
            id: string;
            /**
             * @description Backup name; `null` when none was given (the vendor's page types it as a plain string).
             * @example daily-db-disk
             */
            name: string | null;
            /**
             * @description Free-text description, or `null`. On OTC it is often a JSON-encoded string
             *     `{"DESC": "<text>", "INC": 0 or 1}`: `DESC` is the user's text and `INC` is 1 when the backup was
             *     requested as incremental, 0 for a full backup. On the wire it stays a string.
             * @example {"DESC": "nightly", "INC": 1}
             */
            description: string | null;
            status: components["schemas"]["BackupStatus"];
            /**
             * @description Links to this backup: `self` (versioned URL) and `bookmark` (unversioned URL). The vendor's page
             *     describes the list call's `next` link here; show does not return one.
             */
            links: components["schemas"]["Link"][];
            /**
             * @description Availability zone where the backup resides, e.g. `eu-de-01`; may be `null`.
             * @example eu-de-01
             */
            availability_zone: string | null;
            /**
             * Format: uuid
             * @description Id (UUID) of the source disk (volume) of the backup.
             * @example 2748f2f2-4394-4e6e-af8d-8dd34496c024
             */
            volume_id: string;
            /**
             * @description Cause of the failure when `status` is `error`; `null` otherwise.
             * @example Connection to swift failed: [Errno 111] ECONNREFUSED
             */
            fail_reason: string | null;
            /**
             * @description Size of the source volume in GiB (the vendor's page gives no unit).
             * @example 10
             */
            size: number;
            /**
             * @description Number of objects stored in object storage (OBS) for the disk data; `null` until known.
             * @example 2
             */
            object_count: number | null;
            /**
             * @description Object-storage container that holds the backup data; may be `null`.
             * @example volumebackups
             */
            container: string | null;
            created_at: components["schemas"]["NaiveUtcTimestamp"];
            /** @description Time of the last update of the backup, naive UTC; `null` if never updated. */
            updated_at: components["schemas"]["NaiveUtcTimestamp"] | null;
            /**
             * @description Time the backed-up data was taken (the snapshot's or the volume's time), naive UTC. The vendor's
             *     page says "Current time", which is wrong.
             */
            data_timestamp: components["schemas"]["NaiveUtcTimestamp"] | null;
            /**
             * @description Whether incremental backups depend on this backup (it cannot be deleted while they exist).
             * @example false
             */
            has_dependent_backups: boolean;
            /**
             * @description Whether this backup is incremental.
             * @example true
             */
            is_incremental: boolean;
            /**
             * @description Id of the snapshot the backup was made from; `null` when made from the volume directly.
             * @example 66a574c0-4415-499e-b0b1-3f340d7f7932
             */
            snapshot_id: string | null;
            /**
             * @description Id of the project that owns the backup. Sent from microversion 3.18 to callers with admin policy.
             *     The vendor's table calls it `os-backup-project-attr:tenant_id`; its example and Cinder use this key.
             * @example b23b579f08c84228b9b4673c46f0c442
             */
            "os-backup-project-attr:project_id"?: string;
            /**
             * @description Key–value metadata of the backup, from microversion 3.43 (`{}` when empty).
             * @example {
             *       "purpose": "nightly"
             *     }
             */
            metadata?: {
                [key: string]: string;
            };
            /**
             * @description Id of the user who created the backup. Sent from microversion 3.56 to callers with admin policy.
             * @example 7a1f5e8b2c6d4e0f9a3b1c2d3e4f5a6b
             */
            user_id?: string;
            /**
             * Format: uuid
             * @description Id (UUID) of the encryption key of an encrypted backup, from microversion 3.64; absent otherwise.
             * @example 4b7e2d9a-6c1f-4e8b-9a3d-2f5c7e1b0a64
             */
            encryption_key_id?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Body of a successful answer. Cinder wraps the backup in a `backup` key. */
        BackupDetailResponse: {
            backup: components["schemas"]["Backup"];
        } & {
            [key: string]: unknown;
        };
        /** @description Inside of a Cinder fault wrapper. */
        CinderFaultDetail: {
            /**
             * @description The HTTP status code, repeated.
             * @example 404
             */
            code: number;
            /**
             * @description Human-readable explanation.
             * @example Backup 1d1139d8-8989-49d3-8aa1-83eb691e6db2 could not be found.
             */
            message: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Cinder's fault body for `400`: `{"badRequest": {"code", "message"}}`. */
        BadRequestFault: {
            badRequest: components["schemas"]["CinderFaultDetail"];
        };
        /**
         * @description Error body of the Keystone auth middleware in front of Cinder, used for `401`:
         *     `{"error": {"code", "title", "message"}}` (not a Cinder fault wrapper).
         */
        KeystoneError: {
            /** @description Error details. */
            error: {
                /**
                 * @description The HTTP status code, repeated.
                 * @example 401
                 */
                code: number;
                /**
                 * @description Short title of the status.
                 * @example Unauthorized
                 */
                title: string;
                /**
                 * @description Human-readable explanation.
                 * @example The request you have made requires authentication.
                 */
                message: string;
            } & {
                [key: string]: unknown;
            };
        };
        /** @description Cinder's fault body for `403`: `{"forbidden": {"code", "message"}}`. */
        ForbiddenFault: {
            forbidden: components["schemas"]["CinderFaultDetail"];
        };
        /** @description Cinder's fault body for `404`: `{"itemNotFound": {"code", "message"}}`. */
        ItemNotFoundFault: {
            itemNotFound: components["schemas"]["CinderFaultDetail"];
        };
        /** @description Cinder's fault body for `405`: `{"badMethod": {"code", "message"}}`. */
        BadMethodFault: {
            badMethod: components["schemas"]["CinderFaultDetail"];
        };
        /** @description Cinder's fault body for any status without a fault name of its own (406, 500, ...): `{"computeFault": {"code", "message"}}`. */
        ComputeFault: {
            computeFault: components["schemas"]["CinderFaultDetail"];
        };
        /** @description Cinder's fault body for `409`: `{"conflictingRequest": {"code", "message"}}`. */
        ConflictingRequestFault: {
            conflictingRequest: components["schemas"]["CinderFaultDetail"];
        };
        /** @description Cinder's fault body for `501`: `{"notImplemented": {"code", "message"}}`. */
        NotImplementedFault: {
            notImplemented: components["schemas"]["CinderFaultDetail"];
        };
        /** @description Cinder's fault body for `503`: `{"serviceUnavailable": {"code", "message"}}`. */
        ServiceUnavailableFault: {
            serviceUnavailable: components["schemas"]["CinderFaultDetail"];
        };
    };
    responses: {
        /** @description The backup. */
        BackupDetail: {
            headers: {
                "x-openstack-request-id": components["headers"]["RequestId"];
                "x-compute-request-id": components["headers"]["ComputeRequestId"];
                "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                Vary: components["headers"]["Vary"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["BackupDetailResponse"];
            };
        };
        /**
         * @description Sent by Cinder: the request is malformed, for example an `OpenStack-API-Version` value that is not
         *     `volume <major>.<minor>` or `volume latest`.
         */
        BadRequest: {
            headers: {
                "x-openstack-request-id": components["headers"]["RequestId"];
                "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["BadRequestFault"];
            };
        };
        /**
         * @description Sent by the Keystone auth middleware in front of Cinder: the `X-Auth-Token` header is missing, the token
         *     is expired or revoked, or it is not scoped to a project. The body is Keystone's `{"error": {...}}`, not
         *     a Cinder fault. Get a new token and retry.
         */
        Unauthorized: {
            headers: {
                "x-openstack-request-id": components["headers"]["RequestId"];
                "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["KeystoneError"];
            };
        };
        /** @description Sent by Cinder: the token is valid but the policy does not allow this call for its roles. */
        Forbidden: {
            headers: {
                "x-openstack-request-id": components["headers"]["RequestId"];
                "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ForbiddenFault"];
            };
        };
        /** @description Sent by Cinder: no backup with this id in this project (also for another project's backup). */
        NotFound: {
            headers: {
                "x-openstack-request-id": components["headers"]["RequestId"];
                "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ItemNotFoundFault"];
            };
        };
        /**
         * @description Sent by Cinder's router for a method the resource does not support. A `GET` as specified here does not
         *     get it; the vendor's page lists it among its generic codes.
         */
        MethodNotAllowed: {
            headers: {
                "x-openstack-request-id": components["headers"]["RequestId"];
                "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["BadMethodFault"];
            };
        };
        /**
         * @description Sent by Cinder for a microversion outside the range it supports (Cinder's wrapper names it
         *     `computeFault`).
         */
        NotAcceptable: {
            headers: {
                "x-openstack-request-id": components["headers"]["RequestId"];
                "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ComputeFault"];
            };
        };
        /**
         * @description Not sent by Cinder: a forward proxy between the client and the service wants credentials. Its body may
         *     be anything (HTML, empty); the JSON form is what an OpenStack-style gateway sends. Configure the proxy's
         *     credentials; never send the IAM token to the proxy.
         */
        ProxyAuthenticationRequired: {
            headers: {
                "x-openstack-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ComputeFault"];
                "text/html": string;
            };
        };
        /**
         * @description Not sent by Cinder: a load balancer or proxy closed a request that arrived too slowly. Its body may be
         *     anything (HTML, empty). Safe to retry for this read.
         */
        RequestTimeout: {
            headers: {
                "x-openstack-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ComputeFault"];
                "text/html": string;
            };
        };
        /**
         * @description Listed by the vendor's page. Cinder sends `409` for state conflicts of changing calls; a read such as
         *     this one does not normally get it.
         */
        Conflict: {
            headers: {
                "x-openstack-request-id": components["headers"]["RequestId"];
                "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ConflictingRequestFault"];
            };
        };
        /** @description Sent by Cinder when the request failed because of an unexpected error inside the service. */
        InternalServerError: {
            headers: {
                "x-openstack-request-id": components["headers"]["RequestId"];
                "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ComputeFault"];
            };
        };
        /**
         * @description Sent by Cinder when the deployment does not implement a requested feature (for example a disabled
         *     backup service).
         */
        NotImplemented: {
            headers: {
                "x-openstack-request-id": components["headers"]["RequestId"];
                "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["NotImplementedFault"];
            };
        };
        /**
         * @description Not sent by Cinder: the gateway in front of it got no valid answer from it. Its body may be anything
         *     (HTML, empty). Safe to retry for this read.
         */
        BadGateway: {
            headers: {
                "x-openstack-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ComputeFault"];
                "text/html": string;
            };
        };
        /**
         * @description Sent by Cinder or a load balancer in front of it while the service is unavailable. A gateway's `503`
         *     may have any body. Retry later, after `Retry-After` when given.
         */
        ServiceUnavailable: {
            headers: {
                "x-openstack-request-id": components["headers"]["RequestId"];
                "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServiceUnavailableFault"];
            };
        };
        /**
         * @description Not sent by Cinder: the gateway in front of it timed out waiting for it. Its body may be anything
         *     (HTML, empty). Safe to retry for this read.
         */
        GatewayTimeout: {
            headers: {
                "x-openstack-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ComputeFault"];
                "text/html": string;
            };
        };
    };
    parameters: {
        /**
         * @description Id of the project (Keystone project, 32 hexadecimal characters) that owns the backup. It must be the
         *     project the token is scoped to; a backup of another project is answered with `404`.
         * @example b23b579f08c84228b9b4673c46f0c442
         */
        ProjectId: string;
        /**
         * @description Id (UUID) of the backup. An unknown id is answered with `404` (`itemNotFound`).
         * @example 1d1139d8-8989-49d3-8aa1-83eb691e6db2
         */
        BackupId: string;
        /**
         * @description Block Storage microversion, `volume <major>.<minor>` or `volume latest`. Without it the server uses
         *     `3.0`. Higher versions unlock optional fields: `os-backup-project-attr:project_id` (3.18, admin),
         *     `metadata` (3.43), `user_id` (3.56, admin), `encryption_key_id` (3.64). A malformed value is answered
         *     with `400`, an unsupported version with `406`. Not on the vendor's page.
         * @example volume 3.64
         */
        OpenStackApiVersion: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Id Cinder gives the request (`req-<uuid>`), on every answer of the service, errors included. Quote it
         *     when asking the operator about a request.
         * @example req-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d
         */
        RequestId: string;
        /**
         * @description The same value as `x-openstack-request-id`, sent for older clients.
         * @example req-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d
         */
        ComputeRequestId: string;
        /**
         * @description The microversion the server used, `volume <major>.<minor>` (`volume 3.0` when none was asked for).
         * @example volume 3.0
         */
        OpenStackApiVersion: string;
        /**
         * @description Tells caches that the answer depends on the requested microversion.
         * @example OpenStack-API-Version
         */
        Vary: string;
        /**
         * @description Where to get a token, sent by the Keystone auth middleware with `401`.
         * @example Keystone uri="https://iam.eu-de.otc.t-systems.com/v3"
         */
        WwwAuthenticate: string;
        /**
         * @description How long to wait before retrying, in seconds or as an HTTP date; the server may omit it.
         * @example 30
         */
        RetryAfter: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    showBackup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Block Storage microversion, `volume <major>.<minor>` or `volume latest`. Without it the server uses
                 *     `3.0`. Higher versions unlock optional fields: `os-backup-project-attr:project_id` (3.18, admin),
                 *     `metadata` (3.43), `user_id` (3.56, admin), `encryption_key_id` (3.64). A malformed value is answered
                 *     with `400`, an unsupported version with `406`. Not on the vendor's page.
                 * @example volume 3.64
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /**
                 * @description Id of the project (Keystone project, 32 hexadecimal characters) that owns the backup. It must be the
                 *     project the token is scoped to; a backup of another project is answered with `404`.
                 * @example b23b579f08c84228b9b4673c46f0c442
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description Id (UUID) of the backup. An unknown id is answered with `404` (`itemNotFound`).
                 * @example 1d1139d8-8989-49d3-8aa1-83eb691e6db2
                 */
                backup_id: components["parameters"]["BackupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["BackupDetail"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            407: components["responses"]["ProxyAuthenticationRequired"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
}

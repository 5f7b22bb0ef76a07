CREATE TABLE `alerts` (
	`id` text PRIMARY KEY NOT NULL,
	`clinic_id` text NOT NULL,
	`kind` text NOT NULL,
	`lead_id` text,
	`conversation_id` text,
	`mail_status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`mailed_at` integer,
	`mail_error` text,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`clinic_id`) REFERENCES `clinics`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`lead_id`) REFERENCES `leads`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`conversation_id`) REFERENCES `conversations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `alerts_clinic_created` ON `alerts` (`clinic_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `alerts_mail_due` ON `alerts` (`mail_status`,`next_attempt_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `alerts_conversation_kind` ON `alerts` (`conversation_id`,`kind`);--> statement-breakpoint
CREATE TABLE `booking_deliveries` (
	`id` text PRIMARY KEY NOT NULL,
	`clinic_id` text NOT NULL,
	`provider` text NOT NULL,
	`delivery_key` text NOT NULL,
	`lead_id` text,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`clinic_id`) REFERENCES `clinics`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`lead_id`) REFERENCES `leads`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `booking_deliveries_key` ON `booking_deliveries` (`clinic_id`,`provider`,`delivery_key`);--> statement-breakpoint
CREATE TABLE `follow_ups` (
	`id` text PRIMARY KEY NOT NULL,
	`clinic_id` text NOT NULL,
	`lead_id` text NOT NULL,
	`token_hash` text NOT NULL,
	`due_at` integer NOT NULL,
	`sent_at` integer,
	`mail_error` text,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	`answer` text,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`clinic_id`) REFERENCES `clinics`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`lead_id`) REFERENCES `leads`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `follow_ups_token_hash_unique` ON `follow_ups` (`token_hash`);--> statement-breakpoint
CREATE INDEX `follow_ups_due` ON `follow_ups` (`sent_at`,`due_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `follow_ups_lead` ON `follow_ups` (`lead_id`);--> statement-breakpoint
ALTER TABLE `clinics` ADD `alert_emails` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `clinics` ADD `time_zone` text DEFAULT 'UTC' NOT NULL;--> statement-breakpoint
ALTER TABLE `clinics` ADD `booking_provider` text DEFAULT 'link' NOT NULL;--> statement-breakpoint
ALTER TABLE `clinics` ADD `booking_secret` text;--> statement-breakpoint
ALTER TABLE `clinics` ADD `follow_up_days` integer DEFAULT 7 NOT NULL;--> statement-breakpoint
ALTER TABLE `leads` ADD `intent` text DEFAULT 'book' NOT NULL;--> statement-breakpoint
ALTER TABLE `leads` ADD `lead_ref` text;--> statement-breakpoint
ALTER TABLE `leads` ADD `patient` text DEFAULT 'self' NOT NULL;--> statement-breakpoint
ALTER TABLE `leads` ADD `patient_name` text;--> statement-breakpoint
ALTER TABLE `leads` ADD `appointment_at` integer;--> statement-breakpoint
-- Before one lead per conversation is enforced, keep each conversation's first lead (hand-added).
DELETE FROM `leads` WHERE `conversation_id` IS NOT NULL AND `rowid` NOT IN (SELECT MIN(`rowid`) FROM `leads` WHERE `conversation_id` IS NOT NULL GROUP BY `conversation_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `leads_conversation` ON `leads` (`conversation_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `leads_ref` ON `leads` (`lead_ref`);
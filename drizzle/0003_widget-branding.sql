ALTER TABLE `clinics` ADD `logo_url` text;--> statement-breakpoint
ALTER TABLE `clinics` ADD `launcher_label` text DEFAULT 'Knee pain chat' NOT NULL;
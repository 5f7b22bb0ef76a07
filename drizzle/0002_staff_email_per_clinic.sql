DROP INDEX `staff_users_email_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `staff_users_clinic_email` ON `staff_users` (`clinic_id`,`email`);--> statement-breakpoint
CREATE INDEX `staff_users_email` ON `staff_users` (`email`);
-- What the centre's documents print about it, and its attendance alert threshold (percent).
ALTER TABLE organisations ADD COLUMN address TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN enterprise_number TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN minimum_attendance_percent INTEGER NOT NULL DEFAULT 80;

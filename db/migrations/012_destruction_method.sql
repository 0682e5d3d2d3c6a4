-- The method of destruction as every act states it (Roskomnadzor Order 179; legal rules section B): an operator
-- setting, because 233-FZ's duty to destroy with conformity-assessed tools may make the clinic describe it otherwise
-- (its reach for a database deletion is unverified). Free text; the default names what PD Desk does: rows deleted
-- with secure_delete (freed pages overwritten), the WAL truncated, the subject's data key destroyed. An act keeps the
-- method it was written with: a later change reaches only acts written after it.
ALTER TABLE operator_settings ADD COLUMN destruction_method TEXT NOT NULL
  DEFAULT 'удаление записей из базы данных с перезаписью освобождённых страниц и уничтожением ключа шифрования'
  CHECK (length(destruction_method) BETWEEN 1 AND 1000);

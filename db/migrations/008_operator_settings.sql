-- The operator's details («Реквизиты оператора»): what every reply and act prints in its letterhead and signature.
-- One row (id = 1), edited by the administrator; each change is audited ('settings.changed') with its before and
-- after values, which are the clinic's details, not a subject's. `version` is the optimistic lock of the edit form.
-- Seeded with the privacy policy's values: clause 2.1 (the operator and its legal address, which clause 6.2 also
-- makes the postal address), 2.3 (the website), 7.1 (the e-mail for questions). The responsible person and the
-- signer stay empty until the administrator names them: a document that needs them is refused until then.
CREATE TABLE operator_settings (
  id                   INTEGER PRIMARY KEY CHECK (id = 1),
  operator_name        TEXT NOT NULL CHECK (length(operator_name) BETWEEN 1 AND 300),
  legal_address        TEXT NOT NULL CHECK (length(legal_address) BETWEEN 1 AND 500),
  postal_address       TEXT NOT NULL CHECK (length(postal_address) BETWEEN 1 AND 500),
  email                TEXT NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
  website              TEXT NOT NULL CHECK (length(website) BETWEEN 1 AND 200),
  -- Digits only: 10 (an organisation) or 12 (an individual entrepreneur) for ИНН, 13 or 15 for ОГРН(ИП).
  inn                  TEXT CHECK (inn IS NULL OR (length(inn) IN (10, 12) AND inn NOT GLOB '*[^0-9]*')),
  ogrn                 TEXT CHECK (ogrn IS NULL OR (length(ogrn) IN (13, 15) AND ogrn NOT GLOB '*[^0-9]*')),
  responsible_name     TEXT NOT NULL DEFAULT '' CHECK (length(responsible_name) <= 200),
  responsible_position TEXT NOT NULL DEFAULT '' CHECK (length(responsible_position) <= 200),
  system_name          TEXT NOT NULL CHECK (length(system_name) BETWEEN 1 AND 200),
  signer_name          TEXT NOT NULL DEFAULT '' CHECK (length(signer_name) <= 200),
  signer_position      TEXT NOT NULL DEFAULT '' CHECK (length(signer_position) <= 200),
  updated_at           TEXT,
  updated_by           TEXT,
  version              INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)
) STRICT;

INSERT INTO operator_settings (id, operator_name, legal_address, postal_address, email, website, system_name)
VALUES (
  1,
  'ООО «Натамед»',
  '125047, г. Москва, ул. Фадеева, д. 7, стр. 1',
  '125047, г. Москва, ул. Фадеева, д. 7, стр. 1',
  'info@medistars.ru',
  'www.medistarsgroup.com',
  'PD Desk'
);

-- The row is never removed: every document reads it.
CREATE TRIGGER operator_settings_no_delete BEFORE DELETE ON operator_settings
BEGIN
  SELECT RAISE(ABORT, 'the operator settings row is never deleted');
END;

-- A staff member's position (должность), as replies and acts name the person who signs or prepares them.
ALTER TABLE staff ADD COLUMN position TEXT CHECK (position IS NULL OR length(position) BETWEEN 1 AND 200);

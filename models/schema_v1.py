"""The schema as version 1 (migration ``0001_initial``) created it, statement by statement.

Files from that version are still in offices. The schema a file of version N must have is
built from these statements and the migrations up to N (models.schema_check); the models
themselves only say what the newest version is.
"""

V1_STATEMENTS = (
    ('CREATE TABLE "theme" ("id" INTEGER NOT NULL PRIMARY KEY, '
     '"name" VARCHAR(255) NOT NULL, "position" INTEGER NOT NULL)'),
    ('CREATE TABLE "event" ("id" INTEGER NOT NULL PRIMARY KEY, '
     '"title" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL, "theme_id" INTEGER, '
     '"organiser_external" INTEGER NOT NULL, "organiser_name" VARCHAR(255) NOT NULL, '
     '"mode" VARCHAR(255) NOT NULL, "venue" VARCHAR(255) NOT NULL, '
     '"start_date" DATE NOT NULL, "end_date" DATE NOT NULL, "capacity" INTEGER, '
     '"description" TEXT NOT NULL, "objectives" TEXT NOT NULL, '
     '"status" VARCHAR(255) NOT NULL, "conclusions" TEXT NOT NULL, '
     '"recommendations" TEXT NOT NULL, "created_at" DATETIME NOT NULL, '
     '"updated_at" DATETIME NOT NULL, '
     'FOREIGN KEY ("theme_id") REFERENCES "theme" ("id") ON DELETE SET NULL)'),
    ('CREATE TABLE "questionnaire" ("id" INTEGER NOT NULL PRIMARY KEY, '
     '"name" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL, '
     '"version" INTEGER NOT NULL, "copied_from_id" INTEGER, '
     '"archived" INTEGER NOT NULL, "created_at" DATETIME NOT NULL, '
     'FOREIGN KEY ("copied_from_id") REFERENCES "questionnaire" ("id") ON DELETE SET NULL)'),
    ('CREATE TABLE "person" ("id" INTEGER NOT NULL PRIMARY KEY, "nip" VARCHAR(18), '
     '"front_title" VARCHAR(255) NOT NULL, "name" VARCHAR(255) NOT NULL, '
     '"back_title" VARCHAR(255) NOT NULL, "gender" VARCHAR(1) NOT NULL, '
     '"rank" VARCHAR(255) NOT NULL, "position" VARCHAR(255) NOT NULL, '
     '"functional_level" VARCHAR(255) NOT NULL, "unit" VARCHAR(255) NOT NULL, '
     '"institution" VARCHAR(255) NOT NULL, "region" VARCHAR(255) NOT NULL, '
     '"phone" VARCHAR(255) NOT NULL, "email" VARCHAR(255) NOT NULL, '
     '"notes" TEXT NOT NULL, "is_external" INTEGER NOT NULL, "active" INTEGER NOT NULL, '
     '"checkin_code" VARCHAR(255), "created_at" DATETIME NOT NULL, '
     '"updated_at" DATETIME NOT NULL)'),
    ('CREATE TABLE "response" ("id" INTEGER NOT NULL PRIMARY KEY, '
     '"event_id" INTEGER NOT NULL, "questionnaire_id" INTEGER NOT NULL, '
     '"person_id" INTEGER, "speaker_id" INTEGER, "source" VARCHAR(255) NOT NULL, '
     '"submitted_at" DATETIME NOT NULL, '
     'FOREIGN KEY ("event_id") REFERENCES "event" ("id") ON DELETE CASCADE, '
     'FOREIGN KEY ("questionnaire_id") REFERENCES "questionnaire" ("id") ON DELETE RESTRICT, '
     'FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE SET NULL, '
     'FOREIGN KEY ("speaker_id") REFERENCES "person" ("id") ON DELETE SET NULL)'),
    ('CREATE TABLE "question" ("id" INTEGER NOT NULL PRIMARY KEY, '
     '"questionnaire_id" INTEGER NOT NULL, "position" INTEGER NOT NULL, '
     '"section" VARCHAR(255) NOT NULL, "text" TEXT NOT NULL, '
     '"qtype" VARCHAR(255) NOT NULL, "choices" TEXT NOT NULL, '
     '"required" INTEGER NOT NULL, '
     'FOREIGN KEY ("questionnaire_id") REFERENCES "questionnaire" ("id") ON DELETE CASCADE)'),
    ('CREATE TABLE "answer" ("id" INTEGER NOT NULL PRIMARY KEY, '
     '"response_id" INTEGER NOT NULL, "question_id" INTEGER NOT NULL, "number" REAL, '
     '"text" TEXT NOT NULL, '
     'FOREIGN KEY ("response_id") REFERENCES "response" ("id") ON DELETE CASCADE, '
     'FOREIGN KEY ("question_id") REFERENCES "question" ("id") ON DELETE RESTRICT)'),
    ('CREATE TABLE "event_session" ("id" INTEGER NOT NULL PRIMARY KEY, '
     '"event_id" INTEGER NOT NULL, "date" DATE NOT NULL, "start_time" TIME NOT NULL, '
     '"end_time" TIME NOT NULL, "topic" VARCHAR(255) NOT NULL, '
     '"room" VARCHAR(255) NOT NULL, "speaker_id" INTEGER, "moderator_id" INTEGER, '
     '"jp" REAL NOT NULL, '
     'FOREIGN KEY ("event_id") REFERENCES "event" ("id") ON DELETE CASCADE, '
     'FOREIGN KEY ("speaker_id") REFERENCES "person" ("id") ON DELETE SET NULL, '
     'FOREIGN KEY ("moderator_id") REFERENCES "person" ("id") ON DELETE SET NULL)'),
    ('CREATE TABLE "attendance" ("id" INTEGER NOT NULL PRIMARY KEY, '
     '"session_id" INTEGER NOT NULL, "person_id" INTEGER NOT NULL, '
     '"status" VARCHAR(255) NOT NULL, "checkin_time" DATETIME, "note" TEXT NOT NULL, '
     '"recorded_by" VARCHAR(255) NOT NULL, "recorded_at" DATETIME NOT NULL, '
     'FOREIGN KEY ("session_id") REFERENCES "event_session" ("id") ON DELETE CASCADE, '
     'FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE RESTRICT)'),
    ('CREATE TABLE "stored_file" ("id" INTEGER NOT NULL PRIMARY KEY, '
     '"name" VARCHAR(255) NOT NULL, "mime" VARCHAR(255) NOT NULL, "data" BLOB NOT NULL, '
     '"added_at" DATETIME NOT NULL)'),
    ('CREATE TABLE "certificate_layout" ("id" INTEGER NOT NULL PRIMARY KEY, '
     '"name" VARCHAR(255) NOT NULL, "orientation" VARCHAR(255) NOT NULL, '
     '"background_id" INTEGER, "fields" TEXT NOT NULL, "role_wording" TEXT NOT NULL, '
     '"back_page" INTEGER NOT NULL, "is_default" INTEGER NOT NULL, '
     'FOREIGN KEY ("background_id") REFERENCES "stored_file" ("id") ON DELETE SET NULL)'),
    ('CREATE TABLE "signatory" ("id" INTEGER NOT NULL PRIMARY KEY, '
     '"name" VARCHAR(255) NOT NULL, "title" VARCHAR(255) NOT NULL, '
     '"nip" VARCHAR(18) NOT NULL, "signature_id" INTEGER, "active" INTEGER NOT NULL, '
     'FOREIGN KEY ("signature_id") REFERENCES "stored_file" ("id") ON DELETE SET NULL)'),
    ('CREATE TABLE "certificate" ("id" INTEGER NOT NULL PRIMARY KEY, '
     '"number" VARCHAR(255) NOT NULL, "year" INTEGER NOT NULL, "seq" INTEGER NOT NULL, '
     '"event_id" INTEGER NOT NULL, "person_id" INTEGER NOT NULL, '
     '"role" VARCHAR(255) NOT NULL, "issued_on" DATE NOT NULL, "layout_id" INTEGER, '
     '"signatory_id" INTEGER, "second_signatory_id" INTEGER, "payload" TEXT NOT NULL, '
     '"manual_inclusion" TEXT NOT NULL, "revoked_at" DATETIME, '
     '"revoked_reason" TEXT NOT NULL, "created_at" DATETIME NOT NULL, '
     'FOREIGN KEY ("event_id") REFERENCES "event" ("id") ON DELETE RESTRICT, '
     'FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE RESTRICT, '
     'FOREIGN KEY ("layout_id") REFERENCES "certificate_layout" ("id") ON DELETE SET NULL, '
     'FOREIGN KEY ("signatory_id") REFERENCES "signatory" ("id") ON DELETE SET NULL, '
     'FOREIGN KEY ("second_signatory_id") REFERENCES "signatory" ("id") ON DELETE SET NULL)'),
    ('CREATE TABLE "event_questionnaire" ("id" INTEGER NOT NULL PRIMARY KEY, '
     '"event_id" INTEGER NOT NULL, "questionnaire_id" INTEGER NOT NULL, '
     'FOREIGN KEY ("event_id") REFERENCES "event" ("id") ON DELETE CASCADE, '
     'FOREIGN KEY ("questionnaire_id") REFERENCES "questionnaire" ("id") ON DELETE RESTRICT)'),
    ('CREATE TABLE "follow_up" ("id" INTEGER NOT NULL PRIMARY KEY, '
     '"event_id" INTEGER NOT NULL, "person_id" INTEGER NOT NULL, "date" DATE NOT NULL, '
     '"applied" VARCHAR(255) NOT NULL, "changes" TEXT NOT NULL, '
     '"rated_by" VARCHAR(255) NOT NULL, "rating" INTEGER, '
     'FOREIGN KEY ("event_id") REFERENCES "event" ("id") ON DELETE CASCADE, '
     'FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE RESTRICT)'),
    ('CREATE TABLE "import_mapping" ("id" INTEGER NOT NULL PRIMARY KEY, '
     '"questionnaire_id" INTEGER NOT NULL, "mapping" TEXT NOT NULL, '
     'FOREIGN KEY ("questionnaire_id") REFERENCES "questionnaire" ("id") ON DELETE CASCADE)'),
    ('CREATE TABLE "registration" ("id" INTEGER NOT NULL PRIMARY KEY, '
     '"event_id" INTEGER NOT NULL, "person_id" INTEGER NOT NULL, '
     '"role" VARCHAR(255) NOT NULL, "cancelled" INTEGER NOT NULL, '
     '"participant_no" INTEGER, "registered_at" DATETIME NOT NULL, '
     'FOREIGN KEY ("event_id") REFERENCES "event" ("id") ON DELETE CASCADE, '
     'FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE RESTRICT)'),
    ('CREATE TABLE "service_metric" ("id" INTEGER NOT NULL PRIMARY KEY, '
     '"name" VARCHAR(255) NOT NULL, "position" INTEGER NOT NULL, '
     '"active" INTEGER NOT NULL)'),
    ('CREATE TABLE "service_stat" ("id" INTEGER NOT NULL PRIMARY KEY, '
     '"metric_id" INTEGER NOT NULL, "year" INTEGER NOT NULL, "month" INTEGER NOT NULL, '
     '"value" REAL NOT NULL, '
     'FOREIGN KEY ("metric_id") REFERENCES "service_metric" ("id") ON DELETE CASCADE)'),
    ('CREATE TABLE "session_attachment" ("id" INTEGER NOT NULL PRIMARY KEY, '
     '"session_id" INTEGER NOT NULL, "file_id" INTEGER NOT NULL, '
     '"description" VARCHAR(255) NOT NULL, "added_at" DATETIME NOT NULL, '
     'FOREIGN KEY ("session_id") REFERENCES "event_session" ("id") ON DELETE CASCADE, '
     'FOREIGN KEY ("file_id") REFERENCES "stored_file" ("id") ON DELETE RESTRICT)'),
    ('CREATE TABLE "setting" ("key" VARCHAR(255) NOT NULL PRIMARY KEY, '
     '"value" TEXT NOT NULL)'),
    ('CREATE TABLE "test_score" ("id" INTEGER NOT NULL PRIMARY KEY, '
     '"event_id" INTEGER NOT NULL, "person_id" INTEGER NOT NULL, '
     '"kind" VARCHAR(255) NOT NULL, "score" REAL NOT NULL, '
     'FOREIGN KEY ("event_id") REFERENCES "event" ("id") ON DELETE CASCADE, '
     'FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE RESTRICT)'),
    ('CREATE TABLE "schema_migration" ("id" INTEGER NOT NULL PRIMARY KEY, '
     '"name" VARCHAR(255) NOT NULL, "applied" DATETIME NOT NULL)'),
    'CREATE UNIQUE INDEX "theme_name" ON "theme" ("name")',
    'CREATE INDEX "event_kind" ON "event" ("kind")',
    'CREATE INDEX "event_theme_id" ON "event" ("theme_id")',
    'CREATE INDEX "event_start_date" ON "event" ("start_date")',
    'CREATE INDEX "event_status" ON "event" ("status")',
    'CREATE INDEX "questionnaire_copied_from_id" ON "questionnaire" ("copied_from_id")',
    'CREATE UNIQUE INDEX "person_nip" ON "person" ("nip")',
    'CREATE INDEX "person_unit" ON "person" ("unit")',
    'CREATE INDEX "person_is_external" ON "person" ("is_external")',
    'CREATE INDEX "person_active" ON "person" ("active")',
    'CREATE UNIQUE INDEX "person_checkin_code" ON "person" ("checkin_code")',
    'CREATE INDEX "response_event_id" ON "response" ("event_id")',
    'CREATE INDEX "response_questionnaire_id" ON "response" ("questionnaire_id")',
    'CREATE INDEX "response_person_id" ON "response" ("person_id")',
    'CREATE INDEX "response_speaker_id" ON "response" ("speaker_id")',
    'CREATE INDEX "question_questionnaire_id" ON "question" ("questionnaire_id")',
    'CREATE INDEX "answer_response_id" ON "answer" ("response_id")',
    'CREATE INDEX "answer_question_id" ON "answer" ("question_id")',
    ('CREATE UNIQUE INDEX "answer_response_id_question_id" ON "answer" ("response_id", '
     '"question_id")'),
    'CREATE INDEX "event_session_event_id" ON "event_session" ("event_id")',
    'CREATE INDEX "event_session_speaker_id" ON "event_session" ("speaker_id")',
    'CREATE INDEX "event_session_moderator_id" ON "event_session" ("moderator_id")',
    ('CREATE INDEX "event_session_event_id_date_start_time" ON "event_session" ("event_id", '
     '"date", "start_time")'),
    'CREATE INDEX "attendance_session_id" ON "attendance" ("session_id")',
    'CREATE INDEX "attendance_person_id" ON "attendance" ("person_id")',
    ('CREATE UNIQUE INDEX "attendance_session_id_person_id" ON "attendance" ("session_id", '
     '"person_id")'),
    'CREATE UNIQUE INDEX "certificate_layout_name" ON "certificate_layout" ("name")',
    'CREATE INDEX "certificate_layout_background_id" ON "certificate_layout" ("background_id")',
    'CREATE INDEX "signatory_signature_id" ON "signatory" ("signature_id")',
    'CREATE UNIQUE INDEX "certificate_number" ON "certificate" ("number")',
    'CREATE INDEX "certificate_event_id" ON "certificate" ("event_id")',
    'CREATE INDEX "certificate_person_id" ON "certificate" ("person_id")',
    'CREATE INDEX "certificate_layout_id" ON "certificate" ("layout_id")',
    'CREATE INDEX "certificate_signatory_id" ON "certificate" ("signatory_id")',
    'CREATE INDEX "certificate_second_signatory_id" ON "certificate" ("second_signatory_id")',
    ('CREATE UNIQUE INDEX "certificate_event_id_person_id_role" ON "certificate" ("event_id", '
     '"person_id", "role")'),
    'CREATE UNIQUE INDEX "certificate_year_seq" ON "certificate" ("year", "seq")',
    'CREATE INDEX "event_questionnaire_event_id" ON "event_questionnaire" ("event_id")',
    ('CREATE INDEX "event_questionnaire_questionnaire_id" '
     'ON "event_questionnaire" ("questionnaire_id")'),
    ('CREATE UNIQUE INDEX "event_questionnaire_event_id_questionnaire_id" '
     'ON "event_questionnaire" ("event_id", "questionnaire_id")'),
    'CREATE INDEX "follow_up_event_id" ON "follow_up" ("event_id")',
    'CREATE INDEX "follow_up_person_id" ON "follow_up" ("person_id")',
    ('CREATE UNIQUE INDEX "import_mapping_questionnaire_id" '
     'ON "import_mapping" ("questionnaire_id")'),
    'CREATE INDEX "registration_event_id" ON "registration" ("event_id")',
    'CREATE INDEX "registration_person_id" ON "registration" ("person_id")',
    ('CREATE UNIQUE INDEX "registration_event_id_person_id_role" ON "registration" ("event_id", '
     '"person_id", "role")'),
    'CREATE UNIQUE INDEX "service_metric_name" ON "service_metric" ("name")',
    'CREATE INDEX "service_stat_metric_id" ON "service_stat" ("metric_id")',
    ('CREATE UNIQUE INDEX "service_stat_metric_id_year_month" ON "service_stat" ("metric_id", '
     '"year", "month")'),
    'CREATE INDEX "session_attachment_session_id" ON "session_attachment" ("session_id")',
    'CREATE INDEX "session_attachment_file_id" ON "session_attachment" ("file_id")',
    'CREATE INDEX "test_score_event_id" ON "test_score" ("event_id")',
    'CREATE INDEX "test_score_person_id" ON "test_score" ("person_id")',
    ('CREATE UNIQUE INDEX "test_score_event_id_person_id_kind" ON "test_score" ("event_id", '
     '"person_id", "kind")'),
    'CREATE UNIQUE INDEX "schema_migration_name" ON "schema_migration" ("name")',
)

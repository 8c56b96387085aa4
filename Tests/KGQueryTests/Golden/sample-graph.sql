-- A small hand-built graph for the query and shell tests (sentences written for these tests).
INSERT INTO articles (id, source, title, date, hash, ingested_at) VALUES
  (1, 'air-defence.txt', 'Bucharest sends air defence east', '2024-06-20', 'h1', '2024-07-01T00:00:00Z'),
  (2, 'pyongyang.txt', 'A pact signed in Pyongyang', '2024-06-19', 'h2', '2024-07-01T00:00:00Z'),
  (3, 'allies.txt', 'Allies weigh more help', '2024-07-03', 'h3', '2024-07-01T00:00:00Z'),
  (4, 'undated.txt', 'Notes without a date', NULL, 'h4', '2024-07-01T00:00:00Z');
INSERT INTO sentences (id, article, ord, start, "end", text) VALUES
  (1, 1, 0, 0, 60, 'Romania will send a Patriot battery to its neighbour this summer.'),
  (2, 1, 1, 61, 120, 'Bucharest said it backs Ukraine for as long as it takes.'),
  (3, 1, 2, 121, 180, 'Romania did not back Russia in the vote.'),
  (4, 2, 0, 0, 50, 'Russia and North Korea signed a mutual defence pact.'),
  (5, 2, 1, 51, 100, 'Pyongyang has shipped shells to Russia, officials say.'),
  (6, 3, 0, 0, 70, 'President Biden asked Germany and Romania to give more air defence.'),
  (7, 3, 1, 71, 120, 'Germany will send another Patriot system.'),
  (8, 3, 2, 121, 170, 'The U.S. supplies Patriot interceptors.'),
  (9, 3, 3, 171, 220, 'Kyiv accused Russia of striking power plants.'),
  (10, 3, 4, 221, 260, 'Ukraine asked Washington for more help.'),
  (11, 4, 0, 0, 40, 'North Korea keeps shipping shells to Russia.'),
  (12, 4, 1, 41, 80, 'NATO supports Ukraine, one blog claimed.');
INSERT INTO entities (id, name, type) VALUES
  (1, 'Romania', 'place'), (2, 'Patriot', 'object'), (3, 'Ukraine', 'place'), (4, 'Russia', 'place'),
  (5, 'North Korea', 'place'), (6, 'United States', 'place'), (7, 'Joe Biden', 'person'),
  (8, 'Germany', 'place'), (9, 'NATO', 'organization'), (10, 'North Macedonia', 'place');
INSERT INTO aliases (key, alias, entity) VALUES
  ('romania', 'Romania', 1), ('bucharest', 'Bucharest', 1), ('patriot', 'Patriot', 2),
  ('ukraine', 'Ukraine', 3), ('kyiv', 'Kyiv', 3), ('russia', 'Russia', 4),
  ('north korea', 'North Korea', 5), ('pyongyang', 'Pyongyang', 5), ('dprk', 'DPRK', 5),
  ('united states', 'United States', 6), ('us', 'U.S.', 6), ('washington', 'Washington', 6),
  ('joe biden', 'Joe Biden', 7), ('biden', 'Biden', 7), ('president biden', 'President Biden', 7),
  ('germany', 'Germany', 8), ('nato', 'NATO', 9), ('north macedonia', 'North Macedonia', 10);
INSERT INTO mentions (entity, sentence, start, "end", text) VALUES
  (1, 1, 0, 7, 'Romania'), (2, 1, 20, 27, 'Patriot'), (1, 2, 61, 70, 'Bucharest'), (3, 2, 85, 92, 'Ukraine'),
  (1, 6, 40, 47, 'Romania'), (4, 4, 0, 6, 'Russia'), (5, 4, 11, 22, 'North Korea');
INSERT INTO edges (id, subject, relation, object, negated, symmetric) VALUES
  (1, 1, 'send', 2, 0, 0),
  (2, 1, 'support', 3, 0, 0),
  (3, 1, 'support', 4, 1, 0),
  (4, 4, 'pact', 5, 0, 1),
  (5, 5, 'supply', 4, 0, 0),
  (6, 7, 'ask', 8, 0, 0),
  (7, 7, 'ask', 1, 0, 0),
  (8, 8, 'send', 2, 0, 0),
  (9, 6, 'supply', 2, 0, 0),
  (10, 3, 'accuse', 4, 0, 0),
  (11, 3, 'ask', 6, 0, 0),
  (12, 9, 'support', 3, 0, 0);
INSERT INTO evidence (edge, sentence, start, "end", phrase, confidence) VALUES
  (1, 1, 8, 19, 'will send', 0.9),
  (2, 2, 75, 80, 'backs', 0.8),
  (3, 3, 130, 142, 'did not back', 0.7),
  (4, 4, 23, 50, 'signed a mutual defence pact', 0.95),
  (5, 5, 10, 22, 'has shipped', 0.8),
  (5, 11, 12, 27, 'keeps shipping', 0.6),
  (6, 6, 16, 21, 'asked', 0.85),
  (7, 6, 16, 21, 'asked', 0.85),
  (8, 7, 8, 17, 'will send', 0.9),
  (9, 8, 8, 16, 'supplies', 0.9),
  (10, 9, 5, 12, 'accused', 0.9),
  (11, 10, 8, 13, 'asked', 0.8),
  (12, 12, 5, 13, 'supports', 0.4);

<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
    <context>
        <name>ChatRenderer</name>
        <message>
            <source>The row is not valid JSON.</source>
            <translation>Die Zeile ist kein gültiges JSON.</translation>
        </message>
        <message>
            <source>The row is not a JSON object.</source>
            <translation>Die Zeile ist kein JSON-Objekt.</translation>
        </message>
        <message>
            <source>The row's "messages" is not a list.</source>
            <translation>„messages“ der Zeile ist keine Liste.</translation>
        </message>
        <message>
            <source>An instruction row needs "prompt" and "completion" strings.</source>
            <translation>Eine Instruktionszeile braucht die Strings „prompt“ und „completion“.</translation>
        </message>
        <message>
            <source>The row's "text" is not a string.</source>
            <translation>„text“ der Zeile ist kein String.</translation>
        </message>
        <message>
            <source>A preference row needs input.messages, preferred_output and non_preferred_output lists.</source>
            <translation>Eine Präferenzzeile braucht die Listen input.messages, preferred_output und non_preferred_output.</translation>
        </message>
        <message>
            <source>The row has none of the keys of Together's formats.</source>
            <translation>Die Zeile hat keinen der Schlüssel der Together-Formate.</translation>
        </message>
    </context>
    <context>
        <name>ChatTemplate</name>
        <message>
            <source> (template line %1)</source>
            <translation> (Vorlagenzeile %1)</translation>
        </message>
        <message>
            <source>The chat template is malformed%1: %2</source>
            <translation>Die Chat-Vorlage ist fehlerhaft%1: %2</translation>
        </message>
        <message>
            <source>The chat template uses Jinja that TuneDesk does not support%1: %2</source>
            <translation>Die Chat-Vorlage verwendet Jinja, das TuneDesk nicht unterstützt%1: %2</translation>
        </message>
        <message>
            <source>The chat template refuses this conversation: %1</source>
            <translation>Die Chat-Vorlage weist diese Unterhaltung ab: %1</translation>
        </message>
        <message>
            <source>The chat template failed on this conversation%1: %2</source>
            <translation>Die Chat-Vorlage ist an dieser Unterhaltung gescheitert%1: %2</translation>
        </message>
        <message>
            <source>The chat template was stopped%1: %2</source>
            <translation>Die Chat-Vorlage wurde angehalten%1: %2</translation>
        </message>
        <message>
            <source>Rendering the chat template ran out of memory.</source>
            <translation>Beim Rendern der Chat-Vorlage ist der Speicher ausgegangen.</translation>
        </message>
        <message>
            <source>No chat template was compiled.</source>
            <translation>Es wurde keine Chat-Vorlage kompiliert.</translation>
        </message>
    </context>
    <context>
        <name>ClearButton</name>
        <message>
            <source>Clear</source>
            <translation>Leeren</translation>
        </message>
    </context>
    <context>
        <name>EarlyStopSummary</name>
        <message>
            <source>Stopped early: the eval loss stopped improving. Best eval loss %1 at step %2, whose checkpoint is the final model.</source>
            <translation>Früh beendet: Der Evaluierungs-Loss wurde nicht mehr besser. Bester Evaluierungs-Loss %1 bei Schritt %2; dessen Checkpoint ist das endgültige Modell.</translation>
        </message>
        <message>
            <source>Stopped early at step %1 (no finite eval loss was recorded).</source>
            <translation>Früh beendet bei Schritt %1 (kein endlicher Evaluierungs-Loss aufgezeichnet).</translation>
        </message>
        <message>
            <source>Stopped early: the eval loss stopped improving.</source>
            <translation>Früh beendet: Der Evaluierungs-Loss wurde nicht mehr besser.</translation>
        </message>
        <message>
            <source>Refund: %1</source>
            <translation>Erstattung: %1</translation>
        </message>
    </context>
    <context>
        <name>FineTuneRequest</name>
        <message>
            <source>Choose a training file.</source>
            <translation>Wählen Sie eine Trainingsdatei.</translation>
        </message>
        <message>
            <source>You must specify either a model or a checkpoint to start a job from, not both</source>
            <translation>Geben Sie entweder ein Modell oder einen Checkpoint als Ausgangspunkt an, nicht beides</translation>
        </message>
        <message>
            <source>You must specify either a model or a checkpoint</source>
            <translation>Geben Sie ein Modell oder einen Checkpoint an</translation>
        </message>
        <message>
            <source>You must specify either a Hugging Face Hub model or a previous checkpoint from Together to start a job from, not both</source>
            <translation>Geben Sie entweder ein Modell vom Hugging Face Hub oder einen früheren Checkpoint von Together als Ausgangspunkt an, nicht beides</translation>
        </message>
        <message>
            <source>You must specify the base model to fine-tune a model from the Hugging Face Hub</source>
            <translation>Um ein Modell vom Hugging Face Hub feinabzustimmen, geben Sie das Basismodell an</translation>
        </message>
        <message>
            <source>LoRA adapters are not supported for the selected model (%1).</source>
            <translation>LoRA-Adapter werden für das gewählte Modell nicht unterstützt (%1).</translation>
        </message>
        <message>
            <source>LoRA dropout must be in [0, 1) range.</source>
            <translation>Der LoRA-Dropout muss im Bereich [0, 1) liegen.</translation>
        </message>
        <message>
            <source>LoRA rank must be at least 1 (got %1).</source>
            <translation>Der LoRA-Rang muss mindestens 1 sein (angegeben: %1).</translation>
        </message>
        <message>
            <source>LoRA rank %1 is higher than the maximum of %2 for this model.</source>
            <translation>Der LoRA-Rang %1 liegt über dem Höchstwert %2 dieses Modells.</translation>
        </message>
        <message>
            <source>Full training is not supported for the selected model (%1).</source>
            <translation>Volles Training wird für das gewählte Modell nicht unterstützt (%1).</translation>
        </message>
        <message>
            <source>Requested batch size of %1 is higher that the maximum allowed value of %2.</source>
            <translation>Die Batchgröße %1 liegt über dem zulässigen Höchstwert %2.</translation>
        </message>
        <message>
            <source>Requested batch size of %1 is lower that the minimum allowed value of %2.</source>
            <translation>Die Batchgröße %1 liegt unter dem zulässigen Mindestwert %2.</translation>
        </message>
        <message>
            <source>Warmup ratio should be between 0 and 1 (got %1)</source>
            <translation>Der Warm-up-Anteil muss zwischen 0 und 1 liegen (angegeben: %1)</translation>
        </message>
        <message>
            <source>Min learning rate ratio should be between 0 and 1 (got %1)</source>
            <translation>Der Anteil der minimalen Lernrate muss zwischen 0 und 1 liegen (angegeben: %1)</translation>
        </message>
        <message>
            <source>Max gradient norm should be non-negative (got %1)</source>
            <translation>Die maximale Gradientennorm darf nicht negativ sein (angegeben: %1)</translation>
        </message>
        <message>
            <source>Weight decay should be non-negative (got %1)</source>
            <translation>Der Weight Decay darf nicht negativ sein (angegeben: %1)</translation>
        </message>
        <message>
            <source>rpo_alpha should be non-negative (got %1)</source>
            <translation>rpo_alpha darf nicht negativ sein (angegeben: %1)</translation>
        </message>
        <message>
            <source>simpo_gamma should be non-negative (got %1)</source>
            <translation>simpo_gamma darf nicht negativ sein (angegeben: %1)</translation>
        </message>
        <message>
            <source>Number of cycles should be greater than 0 (got %1)</source>
            <translation>Die Zahl der Zyklen muss größer als 0 sein (angegeben: %1)</translation>
        </message>
        <message>
            <source>Vision encoder training is not supported for the non-multimodal model `%1`</source>
            <translation>Das Training des Bild-Encoders wird für das nicht multimodale Modell `%1` nicht unterstützt</translation>
        </message>
        <message>
            <source>You have specified a number of evaluation loops but no validation file.</source>
            <translation>Sie haben Evaluierungen angegeben, aber keine Validierungsdatei.</translation>
        </message>
        <message>
            <source>You have specified a validation file but the number of evaluation loops is set to 0. No evaluations will be performed.</source>
            <translation>Sie haben eine Validierungsdatei angegeben, aber die Zahl der Evaluierungen ist 0. Es wird nicht evaluiert.</translation>
        </message>
        <message>
            <source>The number of epochs must be at least 1.</source>
            <translation>Die Zahl der Epochen muss mindestens 1 sein.</translation>
        </message>
        <message>
            <source>At most %1 epochs are allowed for this model.</source>
            <translation>Für dieses Modell sind höchstens %1 Epochen erlaubt.</translation>
        </message>
        <message>
            <source>The number of evaluations cannot be negative.</source>
            <translation>Die Zahl der Evaluierungen darf nicht negativ sein.</translation>
        </message>
        <message>
            <source>At most %1 evaluations are allowed for this model.</source>
            <translation>Für dieses Modell sind höchstens %1 Evaluierungen erlaubt.</translation>
        </message>
        <message>
            <source>The number of checkpoints must be at least 1.</source>
            <translation>Die Zahl der Checkpoints muss mindestens 1 sein.</translation>
        </message>
        <message>
            <source>At most %1 checkpoints are allowed for this model.</source>
            <translation>Für dieses Modell sind höchstens %1 Checkpoints erlaubt.</translation>
        </message>
        <message>
            <source>The learning rate must be greater than 0.</source>
            <translation>Die Lernrate muss größer als 0 sein.</translation>
        </message>
        <message>
            <source>The learning rate must be between %1 and %2 for this model.</source>
            <translation>Die Lernrate muss für dieses Modell zwischen %1 und %2 liegen.</translation>
        </message>
        <message>
            <source>The maximum sequence length must be between %1 and %2 for this model.</source>
            <translation>Die maximale Sequenzlänge muss für dieses Modell zwischen %1 und %2 liegen.</translation>
        </message>
        <message>
            <source>The suffix can have at most 40 characters.</source>
            <translation>Das Suffix darf höchstens 40 Zeichen lang sein.</translation>
        </message>
        <message>
            <source>train_on_inputs is only supported for SFT training</source>
            <translation>train_on_inputs gibt es nur für SFT-Training</translation>
        </message>
        <message>
            <source>Patience must be at least 1 evaluation (got %1).</source>
            <translation>Die Geduld muss mindestens 1 Evaluierung betragen (angegeben: %1).</translation>
        </message>
        <message>
            <source>The minimum improvement cannot be negative (got %1).</source>
            <translation>Die Mindestverbesserung darf nicht negativ sein (angegeben: %1).</translation>
        </message>
        <message>
            <source>Warm-up evaluations cannot be negative (got %1).</source>
            <translation>Die Warm-up-Evaluierungen dürfen nicht negativ sein (angegeben: %1).</translation>
        </message>
        <message>
            <source>Early stopping watches the eval loss: choose a validation file, or turn early stopping off.</source>
            <translation>Early Stopping beobachtet den Evaluierungs-Loss: Wählen Sie eine Validierungsdatei oder schalten Sie Early Stopping ab.</translation>
        </message>
        <message>
            <source>Early stopping with patience %1 and %2 warm-up evaluation(s) needs at least %3 evaluations (patience + warm-up + 1): set Evaluations to %3 or more, or lower the patience or the warm-up.</source>
            <translation>Early Stopping mit Geduld %1 und %2 Warm-up-Evaluierung(en) braucht mindestens %3 Evaluierungen (Geduld + Warm-up + 1): Setzen Sie Evaluierungen auf %3 oder mehr, oder senken Sie Geduld oder Warm-up.</translation>
        </message>
        <message>
            <source>A SimPO gamma above 0 makes training reference-free and normalizes log-ratios by length, whatever those two settings say.</source>
            <translation>Ein SimPO-Gamma über 0 macht das Training referenzfrei und normiert Log-Verhältnisse nach Länge, unabhängig von diesen beiden Einstellungen.</translation>
        </message>
    </context>
    <context>
        <name>JobProgress</name>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>%1 min %2 s</source>
            <translation>%1 min %2 s</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <source>%1 d %2 h</source>
            <translation>%1 T %2 h</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Took %1</source>
            <translation>Dauer: %1</translation>
        </message>
        <message>
            <source>Elapsed %1</source>
            <translation>Vergangen: %1</translation>
        </message>
        <message>
            <source>About %1 left</source>
            <translation>Noch etwa %1</translation>
        </message>
        <message>
            <source>Left —</source>
            <translation>Verbleibend: —</translation>
        </message>
        <message>
            <source>%1 steps/min · %2 tokens/s</source>
            <translation>%1 Schritte/min · %2 Token/s</translation>
        </message>
    </context>
    <context>
        <name>PcreRegex</name>
        <message>
            <source>The tokenizer's pattern %1 uses %2, which TuneDesk cannot run exactly as Hugging Face does, so it does not count with it.</source>
            <translation>Das Muster %1 des Tokenizers verwendet %2, was TuneDesk nicht genau wie Hugging Face ausführen kann; daher zählt es nicht damit.</translation>
        </message>
    </context>
    <context>
        <name>Preflight</name>
        <message>
            <source>Together's estimate</source>
            <translation>Schätzung von Together</translation>
        </message>
        <message>
            <source>estimated from %1 tokens processed at %2 per million, the %3</source>
            <translation>geschätzt aus %1 verarbeiteten Tokens zu %2 pro Million, %3</translation>
        </message>
        <message>
            <source>; the minimum charge of %1 applies</source>
            <translation>; es gilt der Mindestpreis von %1</translation>
        </message>
        <message>
            <source>Price: unknown (no published rate for %1; Together shows it before the job starts).</source>
            <translation>Preis: unbekannt (kein veröffentlichter Satz für %1; Together nennt ihn vor dem Start).</translation>
        </message>
        <message>
            <source>Price: %1 (%2).</source>
            <translation>Preis: %1 (%2).</translation>
        </message>
        <message>
            <source>Dataset: %1, %2 rows; Together's checker accepts it.</source>
            <translation>Datensatz: %1, %2 Zeilen; die Prüfung von Together akzeptiert ihn.</translation>
        </message>
        <message>
            <source>Dataset: %1, %2 rows; Together's checker rejects it: %3</source>
            <translation>Datensatz: %1, %2 Zeilen; die Prüfung von Together lehnt ihn ab: %3</translation>
        </message>
        <message>
            <source>Tokens (estimated from characters, 4 per token): %1, of which %2 trained.</source>
            <translation>Tokens (aus Zeichen geschätzt, 4 pro Token): %1, davon %2 trainiert.</translation>
        </message>
        <message>
            <source>Validation tokens (estimated): %1.</source>
            <translation>Validierungstokens (geschätzt): %1.</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Warnung: %1</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>Fehler: %1</translation>
        </message>
        <message>
            <source>Serving the result: asking Together (a 1-token chat to %1 and its models for dedicated inference)…</source>
            <translation>Bereitstellung des Ergebnisses: Together wird gefragt (ein 1-Token-Chat an %1 und die Modelle für dedizierte Inferenz)…</translation>
        </message>
        <message>
            <source>from %1 tokens processed (exact count) at %2 per million, the %3</source>
            <translation>aus %1 verarbeiteten Tokens (exakt gezählt) zu %2 pro Million, %3</translation>
        </message>
        <message>
            <source>Tokens (exact, counted with %3): %1, of which %2 trained.</source>
            <translation>Tokens (exakt, gezählt mit %3): %1, davon %2 trainiert.</translation>
        </message>
        <message>
            <source>Validation tokens (exact): %1.</source>
            <translation>Validierungstokens (exakt): %1.</translation>
        </message>
        <message>
            <source>The tokenizer could not count exactly: %1</source>
            <translation>Der Tokenizer konnte nicht genau zählen: %1</translation>
        </message>
        <message>
            <source>Left out of the exact count: %1.</source>
            <translation>Von der exakten Zählung ausgenommen: %1.</translation>
        </message>
    </context>
    <context>
        <name>PriceEstimate</name>
        <message>
            <source>Together cannot price the job until it has validated the training file.</source>
            <translation>Together kann den Preis des Jobs erst nennen, wenn es die Trainingsdatei geprüft hat.</translation>
        </message>
        <message>
            <source>Together cannot price the job until it has validated the validation file.</source>
            <translation>Together kann den Preis des Jobs erst nennen, wenn es die Validierungsdatei geprüft hat.</translation>
        </message>
        <message>
            <source>Together cannot price the job: its validation rejected the training file.</source>
            <translation>Together kann den Preis des Jobs nicht nennen: Seine Prüfung hat die Trainingsdatei abgelehnt.</translation>
        </message>
        <message>
            <source>Together cannot price the job: its validation rejected the validation file.</source>
            <translation>Together kann den Preis des Jobs nicht nennen: Seine Prüfung hat die Validierungsdatei abgelehnt.</translation>
        </message>
        <message>
            <source>Together does not estimate prices for datasets with images.</source>
            <translation>Together schätzt keine Preise für Datensätze mit Bildern.</translation>
        </message>
        <message>
            <source>Together gave no price estimate.</source>
            <translation>Together hat keine Preisschätzung geliefert.</translation>
        </message>
        <message>
            <source>Together gave no price estimate (%1).</source>
            <translation>Together hat keine Preisschätzung geliefert (%1).</translation>
        </message>
        <message>
            <source>Together estimates this job at $%1, more than your balance and credit limit (limit $%2) allow: it will be refused unless you add credit first.</source>
            <translation>Together schätzt diesen Job auf %1 $, mehr als Ihr Guthaben und Kreditlimit (Limit %2 $) erlauben: Er wird abgelehnt, sofern Sie nicht vorher Guthaben aufladen.</translation>
        </message>
    </context>
    <context>
        <name>RowTokenCounter</name>
        <message>
            <source>The tokenizer's chat template cannot be used: %1</source>
            <translation>Die Chat-Vorlage des Tokenizers kann nicht verwendet werden: %1</translation>
        </message>
        <message>
            <source>The row is not valid JSON.</source>
            <translation>Die Zeile ist kein gültiges JSON.</translation>
        </message>
        <message>
            <source>The tokenizer has no chat template (tokenizer_config.json's chat_template), so conversations cannot be counted; choose the folder of the model's chat version.</source>
            <translation>Der Tokenizer hat keine Chat-Vorlage (chat_template in tokenizer_config.json), daher können Unterhaltungen nicht gezählt werden; wählen Sie den Ordner der Chat-Version des Modells.</translation>
        </message>
    </context>
    <context>
        <name>ServerFileVerdict</name>
        <message>
            <source>Together could not validate %1 (FAILED). Upload it again, or try later.</source>
            <translation>Together konnte %1 nicht prüfen (FAILED). Laden Sie die Datei erneut hoch oder versuchen Sie es später.</translation>
        </message>
        <message>
            <source>Together could not validate %1 (FAILED): %2</source>
            <translation>Together konnte %1 nicht prüfen (FAILED): %2</translation>
        </message>
        <message>
            <source>Together rejected %1 (%2) without saying why.</source>
            <translation>Together hat %1 (%2) ohne Begründung abgelehnt.</translation>
        </message>
        <message>
            <source>Together rejected %1: %2</source>
            <translation>Together hat %1 abgelehnt: %2</translation>
        </message>
        <message>
            <source>Line %1 of %2: %3</source>
            <translation>Zeile %1 von %2: %3</translation>
        </message>
    </context>
    <context>
        <name>ServingVerdict</name>
        <message>
            <source>the base model of the checkpoint is not known here</source>
            <translation>das Basismodell des Checkpoints ist hier nicht bekannt</translation>
        </message>
        <message>
            <source>%1 answered a 1-token chat</source>
            <translation>%1 hat einen 1-Token-Chat beantwortet</translation>
        </message>
        <message>
            <source>%1 is not served serverlessly (Together: "%2")</source>
            <translation>%1 wird nicht serverlos bereitgestellt (Together: „%2“)</translation>
        </message>
        <message>
            <source>could not ask %1 (%2), so taken as not serverless</source>
            <translation>%1 ließ sich nicht fragen (%2), daher als nicht serverlos angenommen</translation>
        </message>
        <message>
            <source>a full fine-tune has no serverless LoRA serving</source>
            <translation>ein volles Fine-Tuning hat keine serverlose LoRA-Bereitstellung</translation>
        </message>
        <message>
            <source>not checked, so taken as not serverless</source>
            <translation>nicht geprüft, daher als nicht serverlos angenommen</translation>
        </message>
        <message>
            <source>not checked offline; Together serves no fine-tune serverlessly by default</source>
            <translation>offline nicht geprüft; Together stellt standardmäßig kein Fine-Tuning serverlos bereit</translation>
        </message>
        <message>
            <source>Together's list of models for dedicated inference could not be read (%1)</source>
            <translation>Die Liste der Modelle von Together für dedizierte Inferenz ist nicht lesbar (%1)</translation>
        </message>
        <message>
            <source>%1 is not in Together's models for dedicated inference</source>
            <translation>%1 gehört nicht zu den Modellen von Together für dedizierte Inferenz</translation>
        </message>
        <message>
            <source>%1 is not offered for dedicated inference of fine-tunes</source>
            <translation>%1 wird für dedizierte Inferenz von Fine-Tunings nicht angeboten</translation>
        </message>
        <message>
            <source>%1 has no certified deployment profile, so its fine-tunes cannot be deployed</source>
            <translation>%1 hat kein zertifiziertes Bereitstellungsprofil, seine Fine-Tunings lassen sich also nicht bereitstellen</translation>
        </message>
        <message>
            <source>no priced hardware matches the certified profiles of %1</source>
            <translation>keine Hardware mit Preis passt zu den zertifizierten Profilen von %1</translation>
        </message>
        <message>
            <source>the hardware prices could not be read</source>
            <translation>die Hardwarepreise sind nicht lesbar</translation>
        </message>
        <message>
            <source>no GPU configuration in the bundled price list holds %1 (about %2 GB of GPU memory)</source>
            <translation>keine GPU-Konfiguration in der mitgelieferten Preisliste fasst %1 (etwa %2 GB GPU-Speicher)</translation>
        </message>
        <message>
            <source>the size of %1 is not known offline, so no hardware can be priced for it</source>
            <translation>die Größe von %1 ist offline nicht bekannt, daher lässt sich keine Hardware dafür bepreisen</translation>
        </message>
        <message>
            <source>%1, and it is not served serverlessly</source>
            <translation>%1, und es wird nicht serverlos bereitgestellt</translation>
        </message>
        <message>
            <source>serverless, %1 input and %2 output per million tokens</source>
            <translation>serverlos, %1 Eingabe und %2 Ausgabe pro Million Tokens</translation>
        </message>
        <message>
            <source>serverless (its per-token price is not published)</source>
            <translation>serverlos (sein Tokenpreis ist nicht veröffentlicht)</translation>
        </message>
        <message>
            <source>download only</source>
            <translation>nur Download</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>Serving: depends on the base model of the checkpoint, which is not known here.</source>
            <translation>Bereitstellung: hängt vom Basismodell des Checkpoints ab, das hier nicht bekannt ist.</translation>
        </message>
        <message>
            <source>Serving the result (checked with Together just now):</source>
            <translation>Bereitstellung des Ergebnisses (soeben bei Together geprüft):</translation>
        </message>
        <message>
            <source>Serving the result (offline estimate from TuneDesk's bundled catalog, not checked with Together; connect to check):</source>
            <translation>Bereitstellung des Ergebnisses (Offline-Schätzung aus dem mitgelieferten Katalog von TuneDesk, nicht bei Together geprüft; verbinden Sie sich zum Prüfen):</translation>
        </message>
        <message>
            <source>- %1 (%2).</source>
            <translation>- %1 (%2).</translation>
        </message>
        <message>
            <source>- serverless: no, %1.</source>
            <translation>- serverlos: nein, %1.</translation>
        </message>
        <message>
            <source>- %1 (the cheapest certified profile; per running replica, billed per minute while it runs).</source>
            <translation>- %1 (das günstigste zertifizierte Profil; pro laufendem Replikat, minutengenau berechnet, solange es läuft).</translation>
        </message>
        <message>
            <source>- %1, if Together certifies %2 for dedicated inference (the cheapest published hardware that holds it; not checked).</source>
            <translation>- %1, falls Together %2 für dedizierte Inferenz zertifiziert (die günstigste veröffentlichte Hardware, die es fasst; nicht geprüft).</translation>
        </message>
        <message>
            <source>- dedicated: no, %1.</source>
            <translation>- dediziert: nein, %1.</translation>
        </message>
        <message>
            <source>- download only: %1. The weights can be downloaded and served elsewhere.</source>
            <translation>- nur Download: %1. Die Gewichte lassen sich herunterladen und anderswo bereitstellen.</translation>
        </message>
        <message>
            <source>- download: the weights can always be downloaded, at no charge.</source>
            <translation>- Download: Die Gewichte lassen sich immer kostenlos herunterladen.</translation>
        </message>
        <message>
            <source>dedicated, from %1/h on %2</source>
            <translation>dediziert, ab %1/h auf %2</translation>
        </message>
    </context>
    <context>
        <name>TarExtractor</name>
        <message>
            <source>Cannot create the folder %1</source>
            <translation>Der Ordner %1 kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>Unpacking was cancelled.</source>
            <translation>Das Entpacken wurde abgebrochen.</translation>
        </message>
        <message>
            <source>The archive's entry "%1" was refused: %2</source>
            <translation>Der Archiveintrag „%1“ wurde abgewiesen: %2</translation>
        </message>
        <message>
            <source>it has no name</source>
            <translation>er hat keinen Namen</translation>
        </message>
        <message>
            <source>its path is absolute</source>
            <translation>sein Pfad ist absolut</translation>
        </message>
        <message>
            <source>its name holds a NUL character</source>
            <translation>sein Name enthält ein NUL-Zeichen</translation>
        </message>
        <message>
            <source>its path leads out of the folder ("..")</source>
            <translation>sein Pfad führt aus dem Ordner hinaus („..“)</translation>
        </message>
        <message>
            <source>%1 is damaged or incomplete (the download may have been cut short): %2</source>
            <translation>%1 ist beschädigt oder unvollständig (der Download wurde womöglich abgebrochen): %2</translation>
        </message>
        <message>
            <source>Cannot write %1</source>
            <translation>%1 kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>Cannot open %1</source>
            <translation>%1 kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Out of memory</source>
            <translation>Kein Speicher mehr</translation>
        </message>
        <message>
            <source>The archive's entry "%1" was refused: it is a link or a special file, and only files and folders are unpacked</source>
            <translation>Der Archiveintrag „%1“ wurde abgewiesen: Er ist ein Link oder eine Spezialdatei, und nur Dateien und Ordner werden entpackt</translation>
        </message>
    </context>
    <context>
        <name>Tokenizer</name>
        <message>
            <source>The tokenizer's pattern could not split this text (the regex engine ran out of its limits); the row is not counted.</source>
            <translation>Das Muster des Tokenizers konnte diesen Text nicht aufteilen (die Regex-Engine ist an ihre Grenzen gestoßen); die Zeile wird nicht gezählt.</translation>
        </message>
        <message>
            <source>A text of 4 GiB or more is not counted at once.</source>
            <translation>Ein Text von 4 GiB oder mehr wird nicht auf einmal gezählt.</translation>
        </message>
        <message>
            <source>Counting cancelled.</source>
            <translation>Zählen abgebrochen.</translation>
        </message>
        <message>
            <source>%1 has no tokenizer.json; choose the folder of a Hugging Face model that holds tokenizer.json and tokenizer_config.json.</source>
            <translation>%1 enthält keine tokenizer.json; wählen Sie den Ordner eines Hugging-Face-Modells, der tokenizer.json und tokenizer_config.json enthält.</translation>
        </message>
        <message>
            <source>%1 is %2 bytes, larger than any real tokenizer; it is not read.</source>
            <translation>%1 ist %2 Bytes groß, größer als jeder echte Tokenizer; die Datei wird nicht gelesen.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>%1, a vocabulary of %2 tokens</source>
            <translation>%1, ein Vokabular von %2 Tokens</translation>
        </message>
        <message>
            <source>, from %1</source>
            <translation>, aus %1</translation>
        </message>
    </context>
    <context>
        <name>TokenizerConfig</name>
        <message>
            <source>tokenizer_config.json is not a JSON object; replace it with the file from the model's repository.</source>
            <translation>tokenizer_config.json ist kein JSON-Objekt; ersetzen Sie die Datei durch die aus dem Repository des Modells.</translation>
        </message>
    </context>
    <context>
        <name>td</name>
        <message>
            <source>Cannot replace %1</source>
            <translation>%1 kann nicht ersetzt werden</translation>
        </message>
        <message>
            <source>No file was changed.</source>
            <translation>Keine Datei wurde geändert.</translation>
        </message>
        <message>
            <source>The file was not changed.</source>
            <translation>Die Datei wurde nicht geändert.</translation>
        </message>
        <message>
            <source>%1 already had the new contents and could not be put back.</source>
            <translation>%1 hatte schon den neuen Inhalt und konnte nicht zurückgesetzt werden.</translation>
        </message>
        <message>
            <source>16 hex digits of a system prompt's hash (see stats --json), or none</source>
            <translation>16 Hexziffern des Hashs eines Systemprompts (siehe stats --json) oder none</translation>
        </message>
        <message>
            <source>no messages</source>
            <translation>keine Nachrichten</translation>
        </message>
        <message>
            <source>Rows per format</source>
            <translation>Zeilen pro Format</translation>
        </message>
        <message>
            <source>Messages per row</source>
            <translation>Nachrichten pro Zeile</translation>
        </message>
        <message>
            <source>Turns per row (user messages answered)</source>
            <translation>Runden pro Zeile (beantwortete Nutzernachrichten)</translation>
        </message>
        <message>
            <source>Characters per row</source>
            <translation>Zeichen pro Zeile</translation>
        </message>
        <message>
            <source>Roles used (conversations)</source>
            <translation>Verwendete Rollen (Konversationen)</translation>
        </message>
        <message>
            <source>Message weights</source>
            <translation>Nachrichtengewichte</translation>
        </message>
        <message>
            <source>Sample weight (rows with one)</source>
            <translation>Zeilengewicht (Zeilen mit einem)</translation>
        </message>
        <message>
            <source>other</source>
            <translation>andere</translation>
        </message>
        <message>
            <source>Script of most letters</source>
            <translation>Schrift der meisten Buchstaben</translation>
        </message>
        <message>
            <source>Rows with…</source>
            <translation>Zeilen mit…</translation>
        </message>
        <message>
            <source>a system prompt</source>
            <translation>einem Systemprompt</translation>
        </message>
        <message>
            <source>tool use</source>
            <translation>Tool-Nutzung</translation>
        </message>
        <message>
            <source>errors</source>
            <translation>Fehlern</translation>
        </message>
        <message>
            <source>exact duplicates</source>
            <translation>genauen Duplikaten</translation>
        </message>
        <message>
            <source>Most common system prompts</source>
            <translation>Häufigste Systemprompts</translation>
        </message>
        <message>
            <source>(no role)</source>
            <translation>(keine Rolle)</translation>
        </message>
        <message>
            <source>Someone else changed this endpoint at the same moment, twice in a row (409: the etag no longer matches). Nothing more was changed; refresh and try again.</source>
            <translation>Jemand anderes hat diesen Endpunkt zweimal hintereinander im selben Moment geändert (409: das ETag passt nicht mehr). Sonst wurde nichts geändert; aktualisieren Sie und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>eine Liste</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>ein Objekt</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>eine Zahl</translation>
        </message>
        <message>
            <source>text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>true/false</source>
            <translation>true/false</translation>
        </message>
        <message>
            <source>null</source>
            <translation>null</translation>
        </message>
        <message>
            <source>No known format reads these rows: choose one and map its fields.</source>
            <translation>Kein bekanntes Format liest diese Zeilen: Wählen Sie eines und ordnen Sie seine Felder zu.</translation>
        </message>
        <message>
            <source>Rows have a "%1" list of turns with "from" and "value" (%2 rows convert).</source>
            <translation>Die Zeilen haben eine Liste „%1“ von Beiträgen mit „from“ und „value“ (%2 Zeilen lassen sich umwandeln).</translation>
        </message>
        <message>
            <source>JSON lines with a "messages" list of roles and contents (%1 rows convert).</source>
            <translation>JSON-Zeilen mit einer Liste „messages“ aus Rollen und Inhalten (%1 Zeilen lassen sich umwandeln).</translation>
        </message>
        <message>
            <source>A JSON array of rows with a "messages" list, as Hugging Face exports it (%1 rows convert).</source>
            <translation>Ein JSON-Array von Zeilen mit einer Liste „messages“, wie Hugging Face es exportiert (%1 Zeilen lassen sich umwandeln).</translation>
        </message>
        <message>
            <source>Rows have "instruction" and "output" (%1 rows convert).</source>
            <translation>Die Zeilen haben „instruction“ und „output“ (%1 Zeilen lassen sich umwandeln).</translation>
        </message>
        <message>
            <source>Rows have "prompt" and "completion" (%1 rows convert).</source>
            <translation>Die Zeilen haben „prompt“ und „completion“ (%1 Zeilen lassen sich umwandeln).</translation>
        </message>
        <message>
            <source>No structure found: each line becomes one text row (%1 lines convert).</source>
            <translation>Keine Struktur gefunden: Aus jeder Zeile der Datei wird eine Textzeile (%1 Zeilen lassen sich umwandeln).</translation>
        </message>
        <message>
            <source>A table with the columns %1; map them to roles.</source>
            <translation>Eine Tabelle mit den Spalten %1; ordnen Sie sie Rollen zu.</translation>
        </message>
        <message>
            <source>A table with a header row; columns mapped as %1 (%2 rows convert).</source>
            <translation>Eine Tabelle mit Kopfzeile; Spalten zugeordnet als %1 (%2 Zeilen lassen sich umwandeln).</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <source>Cannot import into %1: it is the file being imported. Choose another name; nothing was written.</source>
            <translation>Import nach %1 nicht möglich: Das ist die Datei, die importiert wird. Wählen Sie einen anderen Namen; es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>Cannot tell the format of %1: %2 Choose the format (--from) and, if the keys differ, the mapping (--map).</source>
            <translation>Das Format von %1 ist nicht erkennbar: %2 Wählen Sie das Format (--from) und, falls die Schlüssel abweichen, die Zuordnung (--map).</translation>
        </message>
        <message>
            <source>This tokenizer uses %1, which TuneDesk cannot count exactly; it counts with byte-level BPE and SentencePiece-style BPE tokenizers (Llama, Qwen, DeepSeek, gpt-oss, Gemma, Mistral).</source>
            <translation>Dieser Tokenizer verwendet %1, womit TuneDesk nicht exakt zählen kann; es zählt mit Byte-Level-BPE- und BPE-Tokenizern im SentencePiece-Stil (Llama, Qwen, DeepSeek, gpt-oss, Gemma, Mistral).</translation>
        </message>
        <message>
            <source>tokenizer.json is damaged: %1. Download it again from the model's repository.</source>
            <translation>tokenizer.json ist beschädigt: %1. Laden Sie die Datei erneut aus dem Repository des Modells herunter.</translation>
        </message>
        <message>
            <source>a pattern is missing</source>
            <translation>ein Muster fehlt</translation>
        </message>
        <message>
            <source>a pattern is neither String nor Regex</source>
            <translation>ein Muster ist weder String noch Regex</translation>
        </message>
        <message>
            <source>the normalizer is not an object</source>
            <translation>der Normalizer ist kein Objekt</translation>
        </message>
        <message>
            <source>a normalizer Sequence has no list</source>
            <translation>eine Normalizer-Sequence hat keine Liste</translation>
        </message>
        <message>
            <source>a Prepend normalizer has no text</source>
            <translation>ein Prepend-Normalizer hat keinen Text</translation>
        </message>
        <message>
            <source>a Replace normalizer with a regex</source>
            <translation>einen Replace-Normalizer mit Regex</translation>
        </message>
        <message>
            <source>a Replace normalizer has no content</source>
            <translation>ein Replace-Normalizer hat keinen Inhalt</translation>
        </message>
        <message>
            <source>the normalizer "%1"</source>
            <translation>den Normalizer „%1“</translation>
        </message>
        <message>
            <source>the pre-tokenizer is not an object</source>
            <translation>der Pre-Tokenizer ist kein Objekt</translation>
        </message>
        <message>
            <source>a pre-tokenizer after ByteLevel</source>
            <translation>einen Pre-Tokenizer nach ByteLevel</translation>
        </message>
        <message>
            <source>a pre-tokenizer Sequence has no list</source>
            <translation>eine Pre-Tokenizer-Sequence hat keine Liste</translation>
        </message>
        <message>
            <source>a Split has the unknown behavior "%1"</source>
            <translation>ein Split hat das unbekannte Verhalten „%1“</translation>
        </message>
        <message>
            <source>a Metaspace has no replacement character</source>
            <translation>ein Metaspace hat kein Ersatzzeichen</translation>
        </message>
        <message>
            <source>a Metaspace has the unknown prepend_scheme "%1"</source>
            <translation>ein Metaspace hat das unbekannte prepend_scheme „%1“</translation>
        </message>
        <message>
            <source>the pre-tokenizer "%1"</source>
            <translation>den Pre-Tokenizer „%1“</translation>
        </message>
        <message>
            <source>no message is from the assistant (Together needs one in every conversation)</source>
            <translation>keine Nachricht stammt vom Assistenten (Together braucht in jeder Unterhaltung eine)</translation>
        </message>
    </context>
    <context>
        <name>td::ApiError</name>
        <message>
            <source>Could not reach the server: %1. Check the connection and the base URL.</source>
            <translation>Der Server ist nicht erreichbar: %1. Prüfen Sie die Verbindung und die Basis-URL.</translation>
        </message>
        <message>
            <source>Stopped.</source>
            <translation>Angehalten.</translation>
        </message>
        <message>
            <source>The answer stopped before it was complete: %1</source>
            <translation>Die Antwort brach vor ihrem Ende ab: %1</translation>
        </message>
        <message>
            <source>The server's answer could not be read: %1</source>
            <translation>Die Antwort des Servers ist nicht lesbar: %1</translation>
        </message>
        <message>
            <source>Check the API key of this connection.</source>
            <translation>Prüfen Sie den API-Schlüssel dieser Verbindung.</translation>
        </message>
        <message>
            <source>The account is out of credit or over its spending limit.</source>
            <translation>Das Konto hat kein Guthaben mehr oder sein Ausgabenlimit erreicht.</translation>
        </message>
        <message>
            <source>Not allowed, or the request is longer than the model's context.</source>
            <translation>Nicht erlaubt, oder die Anfrage ist länger als der Kontext des Modells.</translation>
        </message>
        <message>
            <source>The model, file, job or endpoint does not exist (or is not available to this key).</source>
            <translation>Das Modell, die Datei, der Job oder der Endpunkt existiert nicht (oder ist für diesen Schlüssel nicht verfügbar).</translation>
        </message>
        <message>
            <source>Rate limited; try again shortly.</source>
            <translation>Ratenlimit erreicht; gleich erneut versuchen.</translation>
        </message>
        <message>
            <source>The service is overloaded or not ready; try again shortly.</source>
            <translation>Der Dienst ist überlastet oder nicht bereit; gleich erneut versuchen.</translation>
        </message>
        <message>
            <source>The server failed; try again later.</source>
            <translation>Der Server hatte einen Fehler; später erneut versuchen.</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <source>This job needs %1 USD of balance and credit limit together: add credit on Together's billing page (or make the job smaller), then launch again.</source>
            <translation>Dieser Job braucht %1 USD an Guthaben und Kreditlimit zusammen: Laden Sie auf der Abrechnungsseite von Together Guthaben auf (oder verkleinern Sie den Job) und starten Sie dann erneut.</translation>
        </message>
        <message>
            <source>Rate limited; try again in %1.</source>
            <translation>Ratenlimit erreicht; erneut versuchen in %1.</translation>
        </message>
        <message>
            <source>The server asks to wait %1 before trying again, longer than TuneDesk waits by itself (%2): try again after %3.</source>
            <translation>Der Server bittet, %1 zu warten, bevor es erneut versucht wird – länger, als TuneDesk von selbst wartet (%2): Versuchen Sie es nach %3 erneut.</translation>
        </message>
    </context>
    <context>
        <name>td::ApiKeyResolver</name>
        <message>
            <source>No keychain service is running; using the API key from %1.</source>
            <translation>Kein Schlüsselbund-Dienst aktiv; der API-Schlüssel kommt aus %1.</translation>
        </message>
        <message>
            <source>Using the API key from %1.</source>
            <translation>Der API-Schlüssel kommt aus %1.</translation>
        </message>
        <message>
            <source>No keychain service is running on this machine, so the API key cannot be stored. Set %1 instead.</source>
            <translation>Auf diesem Rechner läuft kein Schlüsselbund-Dienst, der API-Schlüssel kann also nicht gespeichert werden. Setzen Sie stattdessen %1.</translation>
        </message>
        <message>
            <source>No API key for this connection. Add one in the connection settings, or set %1.</source>
            <translation>Diese Verbindung hat keinen API-Schlüssel. Tragen Sie einen in den Verbindungseinstellungen ein oder setzen Sie %1.</translation>
        </message>
    </context>
    <context>
        <name>td::BaseUrlChoice</name>
        <message>
            <source>Using --base-url %1 instead of %2 (%3).</source>
            <translation>Verwende --base-url %1 statt %2 (%3).</translation>
        </message>
        <message>
            <source>the URL stored for %1</source>
            <translation>die für %1 gespeicherte URL</translation>
        </message>
        <message>
            <source>Using TOGETHER_BASE_URL %1 instead of the URL stored for %2 (%3).</source>
            <translation>Verwende TOGETHER_BASE_URL %1 statt der für %2 gespeicherten URL (%3).</translation>
        </message>
    </context>
    <context>
        <name>td::ChatColumn</name>
        <message>
            <source>Your fine-tunes, your dedicated endpoints and the server's models; or type any model name</source>
            <translation>Ihre Feinabstimmungen, Ihre dedizierten Endpunkte und die Modelle des Servers; oder geben Sie einen beliebigen Modellnamen ein</translation>
        </message>
        <message>
            <source>The connection: Together or an OpenAI-compatible server (Settings › Connections)</source>
            <translation>Die Verbindung: Together oder ein OpenAI-kompatibler Server (Einstellungen › Verbindungen)</translation>
        </message>
        <message>
            <source>same parameters</source>
            <translation>gleiche Parameter</translation>
        </message>
        <message>
            <source>Unlock one parameter for this column, to see what it changes</source>
            <translation>Einen Parameter für diese Spalte freigeben, um zu sehen, was er ändert</translation>
        </message>
        <message>
            <source>Close this column</source>
            <translation>Diese Spalte schließen</translation>
        </message>
        <message>
            <source>Choose a model and write a message. Answers stream in as they are generated.</source>
            <translation>Wählen Sie ein Modell und schreiben Sie eine Nachricht. Antworten erscheinen, während sie entstehen.</translation>
        </message>
        <message>
            <source>Read the model list again (new fine-tunes and endpoints)</source>
            <translation>Modellliste neu lesen (neue Feinabstimmungen und Endpunkte)</translation>
        </message>
        <message>
            <source>Vary:</source>
            <translation>Variieren:</translation>
        </message>
        <message>
            <source>The answer is incomplete.</source>
            <translation>Die Antwort ist unvollständig.</translation>
        </message>
        <message>
            <source>Not connected: %1</source>
            <translation>Nicht verbunden: %1</translation>
        </message>
        <message>
            <source>Your fine-tunes (LoRA, serverless)</source>
            <translation>Ihre Feinabstimmungen (LoRA, serverlos)</translation>
        </message>
        <message>
            <source>Your fine-tunes (full)</source>
            <translation>Ihre Feinabstimmungen (vollständig)</translation>
        </message>
        <message>
            <source>Your dedicated endpoints</source>
            <translation>Ihre dedizierten Endpunkte</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>Modelle</translation>
        </message>
        <message numerus="yes">
            <source>%n model(s) to choose from.</source>
            <translation>
                <numerusform>%n Modell zur Auswahl.</numerusform>
                <numerusform>%n Modelle zur Auswahl.</numerusform>
            </translation>
        </message>
        <message>
            <source>The model list could not be read (%1); type a model name.</source>
            <translation>Die Modellliste ist nicht lesbar (%1); geben Sie einen Modellnamen ein.</translation>
        </message>
        <message>
            <source>Choose a model first.</source>
            <translation>Wählen Sie zuerst ein Modell.</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>Close column</source>
            <translation>Spalte schließen</translation>
        </message>
        <message>
            <source>Conversation</source>
            <translation>Unterhaltung</translation>
        </message>
        <message>
            <source>Connection:</source>
            <translation>Verbindung:</translation>
        </message>
        <message>
            <source>Model:</source>
            <translation>Modell:</translation>
        </message>
        <message>
            <source>Reload models</source>
            <translation>Modelle neu laden</translation>
        </message>
        <message>
            <source>Value of the varied parameter</source>
            <translation>Wert des variierten Parameters</translation>
        </message>
        <message>
            <source>Your dedicated endpoints (v2)</source>
            <translation>Ihre dedizierten Endpunkte (v2)</translation>
        </message>
        <message>
            <source>%1 ms to first token</source>
            <translation>%1 ms bis zum ersten Token</translation>
        </message>
        <message>
            <source>%L1 tokens/s</source>
            <translation>%L1 Token/s</translation>
        </message>
        <message>
            <source>%1 tokens</source>
            <translation>%1 Tokens</translation>
        </message>
        <message>
            <source>Close column %1</source>
            <translation>Spalte %1 schließen</translation>
        </message>
    </context>
    <context>
        <name>td::ChatCompletion</name>
        <message>
            <source>the connection dropped before the end of the answer (%1)</source>
            <translation>die Verbindung brach vor dem Ende der Antwort ab (%1)</translation>
        </message>
    </context>
    <context>
        <name>td::ChatMessage</name>
        <message>
            <source>No answer.</source>
            <translation>Keine Antwort.</translation>
        </message>
        <message>
            <source>No answer: %1</source>
            <translation>Keine Antwort: %1</translation>
        </message>
        <message>
            <source>The answer is incomplete.</source>
            <translation>Die Antwort ist unvollständig.</translation>
        </message>
        <message>
            <source>Incomplete: %1</source>
            <translation>Unvollständig: %1</translation>
        </message>
    </context>
    <context>
        <name>td::ChatParametersForm</name>
        <message>
            <source>off</source>
            <translation>aus</translation>
        </message>
        <message>
            <source>Answer in JSON</source>
            <translation>Antwort in JSON</translation>
        </message>
        <message>
            <source>System prompt (optional)</source>
            <translation>Systemprompt (optional)</translation>
        </message>
        <message>
            <source>random</source>
            <translation>zufällig</translation>
        </message>
        <message>
            <source>comma-separated</source>
            <translation>durch Kommas getrennt</translation>
        </message>
        <message>
            <source>default</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Higher is more varied, lower more predictable.</source>
            <translation>Höher ist abwechslungsreicher, niedriger vorhersehbarer.</translation>
        </message>
        <message>
            <source>Sample only from the most likely tokens that add up to this probability.</source>
            <translation>Nur aus den wahrscheinlichsten Token wählen, die zusammen diese Wahrscheinlichkeit ergeben.</translation>
        </message>
        <message>
            <source>Sample only from this many most likely tokens.</source>
            <translation>Nur aus so vielen der wahrscheinlichsten Token wählen.</translation>
        </message>
        <message>
            <source>Above 1 discourages repeating tokens. Do not combine with the presence and frequency penalties.</source>
            <translation>Über 1 hemmt Wiederholungen. Nicht mit Presence- und Frequency-Penalty kombinieren.</translation>
        </message>
        <message>
            <source>The same seed and parameters give the same answer where the server supports it: use it to compare models fairly.</source>
            <translation>Gleicher Seed und gleiche Parameter ergeben dieselbe Antwort, wo der Server es unterstützt: so lassen sich Modelle fair vergleichen.</translation>
        </message>
        <message>
            <source>Temperature:</source>
            <translation>Temperatur:</translation>
        </message>
        <message>
            <source>Top p:</source>
            <translation>Top p:</translation>
        </message>
        <message>
            <source>Top k:</source>
            <translation>Top k:</translation>
        </message>
        <message>
            <source>Min p:</source>
            <translation>Min p:</translation>
        </message>
        <message>
            <source>Repetition penalty:</source>
            <translation>Wiederholungsstrafe:</translation>
        </message>
        <message>
            <source>Presence penalty:</source>
            <translation>Presence-Penalty:</translation>
        </message>
        <message>
            <source>Frequency penalty:</source>
            <translation>Frequency-Penalty:</translation>
        </message>
        <message>
            <source>Max tokens:</source>
            <translation>Max. Tokens:</translation>
        </message>
        <message>
            <source>Seed:</source>
            <translation>Startwert:</translation>
        </message>
        <message>
            <source>Stop sequences:</source>
            <translation>Stoppsequenzen:</translation>
        </message>
        <message>
            <source>Reasoning effort:</source>
            <translation>Denkaufwand:</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Speichern…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Save these parameters and the system prompt as a preset</source>
            <translation>Diese Parameter und den Systemprompt als Voreinstellung speichern</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation>Voreinstellung</translation>
        </message>
        <message>
            <source>System prompt</source>
            <translation>Systemprompt</translation>
        </message>
        <message>
            <source>Save Preset</source>
            <translation>Voreinstellung speichern</translation>
        </message>
        <message>
            <source>Preset name:</source>
            <translation>Name der Voreinstellung:</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>Stop sequences</source>
            <translation>Stoppsequenzen</translation>
        </message>
        <message>
            <source>Save preset…</source>
            <translation>Voreinstellung speichern…</translation>
        </message>
        <message>
            <source>Delete preset</source>
            <translation>Voreinstellung löschen</translation>
        </message>
    </context>
    <context>
        <name>td::ChatSession</name>
        <message>
            <source>Stopped.</source>
            <translation>Angehalten.</translation>
        </message>
        <message>
            <source>Cut off at the answer's token limit (max_tokens).</source>
            <translation>Am Tokenlimit der Antwort abgeschnitten (max_tokens).</translation>
        </message>
    </context>
    <context>
        <name>td::ChatStream</name>
        <message>
            <source>the connection closed before the end of the answer</source>
            <translation>die Verbindung wurde vor dem Ende der Antwort geschlossen</translation>
        </message>
        <message>
            <source>a chunk that is not JSON: %1</source>
            <translation>ein Stück, das kein JSON ist: %1</translation>
        </message>
        <message>
            <source>the model stopped with an error</source>
            <translation>das Modell brach mit einem Fehler ab</translation>
        </message>
    </context>
    <context>
        <name>td::ChatTranscriptView</name>
        <message>
            <source>Assistant</source>
            <translation>Assistent</translation>
        </message>
        <message>
            <source>You</source>
            <translation>Sie</translation>
        </message>
        <message>
            <source>%1 ms to first token</source>
            <translation>%1 ms bis zum ersten Token</translation>
        </message>
        <message>
            <source>%1 + %2 tokens</source>
            <translation>%1 + %2 Tokens</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Bearbeiten</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message>
            <source>Regenerate</source>
            <translation>Neu erzeugen</translation>
        </message>
        <message>
            <source>%1 prompt tokens cached</source>
            <translation>%1 Prompt-Tokens aus dem Cache</translation>
        </message>
        <message>
            <source>Waiting for the answer</source>
            <translation>Warten auf die Antwort</translation>
        </message>
        <message>
            <source>answer %1</source>
            <translation>Antwort %1</translation>
        </message>
        <message>
            <source>message %1</source>
            <translation>Nachricht %1</translation>
        </message>
        <message>
            <source>Copy %1</source>
            <translation>%1 kopieren</translation>
        </message>
        <message>
            <source>Copy the text to the clipboard</source>
            <translation>Den Text in die Zwischenablage kopieren</translation>
        </message>
        <message>
            <source>Edit and Resend</source>
            <translation>Bearbeiten und neu senden</translation>
        </message>
        <message>
            <source>Edit and resend %1</source>
            <translation>%1 bearbeiten und neu senden</translation>
        </message>
        <message>
            <source>Edit %1</source>
            <translation>%1 bearbeiten</translation>
        </message>
        <message>
            <source>Put the message back in the input; what followed it goes when you send</source>
            <translation>Die Nachricht zurück ins Eingabefeld holen; was ihr folgte, entfällt beim Senden</translation>
        </message>
        <message>
            <source>Edit the answer's text</source>
            <translation>Den Text der Antwort bearbeiten</translation>
        </message>
        <message>
            <source>Delete %1</source>
            <translation>%1 löschen</translation>
        </message>
        <message>
            <source>Remove this message from the conversation</source>
            <translation>Diese Nachricht aus der Unterhaltung entfernen</translation>
        </message>
        <message>
            <source>Retry %1</source>
            <translation>%1 erneut versuchen</translation>
        </message>
        <message>
            <source>Regenerate %1</source>
            <translation>%1 neu erzeugen</translation>
        </message>
        <message>
            <source>Ask the model again for this answer</source>
            <translation>Das Modell erneut nach dieser Antwort fragen</translation>
        </message>
        <message>
            <source>Waiting for the first token…</source>
            <translation>Warten auf das erste Token…</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>Schreibt…</translation>
        </message>
        <message>
            <source>%1 in %2</source>
            <translation>%1 in %2</translation>
        </message>
        <message>
            <source>%L1 tokens/s</source>
            <translation>%L1 Token/s</translation>
        </message>
    </context>
    <context>
        <name>td::CheckProfile</name>
        <message>
            <source>Together today</source>
            <translation>Together heute</translation>
        </message>
        <message>
            <source>Together's client 1.5.34</source>
            <translation>Together-Client 1.5.34</translation>
        </message>
        <message>
            <source>What Together checks today: its current client's structural check (UTF-8, one JSON object a line, blank lines skipped, at least one sample) and the one rule its server has published (every message needs a role). Roles, weights, extra keys and images are judged by the server after upload; the lint warns about them.</source>
            <translation>Was Together heute prüft: die Strukturprüfung seines aktuellen Clients (UTF-8, ein JSON-Objekt pro Zeile, Leerzeilen übersprungen, mindestens ein Beispiel) und die eine Regel, die sein Server veröffentlicht hat (jede Nachricht braucht eine Rolle). Rollen, Gewichte, überzählige Schlüssel und Bilder beurteilt der Server nach dem Hochladen; der Lint warnt davor.</translation>
        </message>
        <message>
            <source>Exactly what `together files check` of Together's Python client 1.5.34 says: every rule of the 2025 formats (roles and their order, weights 0/1, no extra keys, images), the first problem decides.</source>
            <translation>Genau das, was `together files check` des Python-Clients 1.5.34 von Together sagt: jede Regel der Formate von 2025 (Rollen und ihre Reihenfolge, Gewichte 0/1, keine überzähligen Schlüssel, Bilder); das erste Problem entscheidet.</translation>
        </message>
    </context>
    <context>
        <name>td::ChecksPane</name>
        <message>
            <source>Check Now</source>
            <translation>Jetzt prüfen</translation>
        </message>
        <message>
            <source>Only rows with problems</source>
            <translation>Nur Zeilen mit Problemen</translation>
        </message>
        <message>
            <source>Export Cleaned Copy…</source>
            <translation>Bereinigte Kopie exportieren…</translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n Fehler</numerusform>
                <numerusform>%n Fehler</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n Warnung</numerusform>
                <numerusform>%n Warnungen</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Prüfung läuft…</translation>
        </message>
        <message>
            <source>No dataset checked yet.</source>
            <translation>Noch kein Datensatz geprüft.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>no length check</source>
            <translation>keine Längenprüfung</translation>
        </message>
        <message>
            <source> tokens</source>
            <translation> Tokens</translation>
        </message>
        <message>
            <source>Warn about rows longer than the model's context length. Tokens are estimated from characters (4 per token) until a tokenizer exists.</source>
            <translation>Vor Zeilen warnen, die länger als der Kontext des Modells sind. Tokens werden aus Zeichen geschätzt (4 pro Token), bis es einen Tokenizer gibt.</translation>
        </message>
        <message>
            <source>Which of Together's checks decides the verdict.
%1</source>
            <translation>Welche Prüfung von Together das Urteil fällt.
%1</translation>
        </message>
        <message>
            <source>client 1.5.34 rules</source>
            <translation>Regeln von Client 1.5.34</translation>
        </message>
        <message>
            <source>2026 rules</source>
            <translation>Regeln von 2026</translation>
        </message>
        <message>
            <source>Which rules the problem list follows (the verdict has its own choice). Client 1.5.34 rules: what `together files check` 1.5.34 enforces. 2026 rules: the formats Together documents today: the tool role, tool_calls and tools (inside input for preference rows), a sample weight on any row, no alternation rule. Reasoning and image bytes are checked under both.</source>
            <translation>Welchen Regeln die Problemliste folgt (das Urteil hat eine eigene Auswahl). Regeln von Client 1.5.34: was `together files check` 1.5.34 verlangt. Regeln von 2026: die Formate, die Together heute dokumentiert: die Tool-Rolle, tool_calls und tools (bei Präferenzzeilen innerhalb von input), ein Zeilengewicht auf jeder Zeile, keine Abwechslungsregel. Begründungen und Bildbytes werden unter beiden geprüft.</translation>
        </message>
        <message>
            <source>Context length in tokens</source>
            <translation>Kontextlänge in Tokens</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Probleme</translation>
        </message>
        <message>
            <source>&amp;Lint:</source>
            <translation>L&amp;int:</translation>
        </message>
        <message>
            <source>✘ The dataset could not be checked: %1</source>
            <translation>✘ Der Datensatz konnte nicht geprüft werden: %1</translation>
        </message>
        <message>
            <source>✔ %1 would accept this file.</source>
            <translation>✔ %1 würde diese Datei annehmen.</translation>
        </message>
        <message>
            <source>✘ %1 would reject this file: %2</source>
            <translation>✘ %1 würde diese Datei ablehnen: %2</translation>
        </message>
        <message>
            <source>%1 (row %2)</source>
            <translation>%1 (Zeile %2)</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n row(s))</source>
            <translation>
                <numerusform>%1 (%n Zeile)</numerusform>
                <numerusform>%1 (%n Zeilen)</numerusform>
            </translation>
        </message>
        <message>
            <source>Verdic&amp;t:</source>
            <translation>&amp;Urteil:</translation>
        </message>
        <message>
            <source>Fi&amp;x</source>
            <translation>&amp;Jetzt beheben</translation>
        </message>
        <message>
            <source>Fix &amp;All of This Kind</source>
            <translation>Alle die&amp;ser Art beheben</translation>
        </message>
        <message numerus="yes">
            <source>Fix &amp;All of This Kind (%n)</source>
            <translation>
                <numerusform>Alle die&amp;ser Art beheben (%n)</numerusform>
                <numerusform>Alle die&amp;ser Art beheben (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Fi&amp;x: Replace With %1</source>
            <translation>&amp;Jetzt durch %1 ersetzen</translation>
        </message>
        <message>
            <source>Replace &amp;All With %1 (%2)</source>
            <translation>Alle die&amp;ser Art durch %1 ersetzen (%2)</translation>
        </message>
    </context>
    <context>
        <name>td::ColumnRoles</name>
        <message>
            <source>Not imported</source>
            <translation>Nicht importiert</translation>
        </message>
        <message>
            <source>System message</source>
            <translation>Systemnachricht</translation>
        </message>
        <message>
            <source>User message</source>
            <translation>Nutzernachricht</translation>
        </message>
        <message>
            <source>Assistant message</source>
            <translation>Assistentennachricht</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Prompt</translation>
        </message>
        <message>
            <source>Completion</source>
            <translation>Completion</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Column %1</source>
            <translation>Spalte %1</translation>
        </message>
        <message>
            <source>Column %1 of the file</source>
            <translation>Spalte %1 der Datei</translation>
        </message>
        <message>
            <source>What column %1, "%2", becomes</source>
            <translation>Was Spalte %1, „%2“, wird</translation>
        </message>
    </context>
    <context>
        <name>td::ConnectionPicker</name>
        <message>
            <source>Active connection</source>
            <translation>Aktive Verbindung</translation>
        </message>
        <message>
            <source>The connection the Jobs and Endpoints panes and new chats use</source>
            <translation>Die Verbindung, die die Bereiche Jobs und Endpunkte sowie neue Chats verwenden</translation>
        </message>
    </context>
    <context>
        <name>td::ConnectionProfiles</name>
        <message>
            <source>There is no connection named %1.</source>
            <translation>Es gibt keine Verbindung namens %1.</translation>
        </message>
        <message>
            <source>Using the key given for this session only (kept in memory, never on disk).</source>
            <translation>Der nur für diese Sitzung angegebene Schlüssel wird verwendet (im Speicher gehalten, nie auf dem Datenträger).</translation>
        </message>
    </context>
    <context>
        <name>td::ConnectionsDialog</name>
        <message>
            <source>Connections</source>
            <translation>Verbindungen</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source>Together AI</source>
            <translation>Together AI</translation>
        </message>
        <message>
            <source>OpenAI-compatible</source>
            <translation>OpenAI-kompatibel</translation>
        </message>
        <message>
            <source>&amp;Store key</source>
            <translation>Schlüssel &amp;speichern</translation>
        </message>
        <message>
            <source>&amp;Forget key</source>
            <translation>Schlüssel &amp;vergessen</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>Verbindung &amp;testen</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Base URL:</source>
            <translation>&amp;Basis-URL:</translation>
        </message>
        <message>
            <source>API &amp;key:</source>
            <translation>API-&amp;Schlüssel:</translation>
        </message>
        <message>
            <source>Paste your Together API key</source>
            <translation>Together-API-Schlüssel hier einfügen</translation>
        </message>
        <message>
            <source>Key, if the server needs one</source>
            <translation>Schlüssel, falls der Server einen braucht</translation>
        </message>
        <message>
            <source>The base URL must start with https:// or http://, e.g. https://api.together.ai/v1</source>
            <translation>Die Basis-URL muss mit https:// oder http:// beginnen, z. B. https://api.together.ai/v1</translation>
        </message>
        <message>
            <source>Local server</source>
            <translation>Lokaler Server</translation>
        </message>
        <message>
            <source>A key is stored in %1.</source>
            <translation>Ein Schlüssel ist in %1 gespeichert.</translation>
        </message>
        <message>
            <source>No keychain service is running; the key comes from TOGETHER_API_KEY.</source>
            <translation>Kein Schlüsselbund-Dienst aktiv; der Schlüssel kommt aus TOGETHER_API_KEY.</translation>
        </message>
        <message>
            <source>No keychain service is running, so keys cannot be stored. Set TOGETHER_API_KEY before starting TuneDesk.</source>
            <translation>Kein Schlüsselbund-Dienst aktiv, Schlüssel können also nicht gespeichert werden. Setzen Sie TOGETHER_API_KEY, bevor Sie TuneDesk starten.</translation>
        </message>
        <message>
            <source>No key stored; the key comes from TOGETHER_API_KEY.</source>
            <translation>Kein Schlüssel gespeichert; der Schlüssel kommt aus TOGETHER_API_KEY.</translation>
        </message>
        <message>
            <source>No key stored yet.</source>
            <translation>Noch kein Schlüssel gespeichert.</translation>
        </message>
        <message>
            <source>No key stored (fine for a server that needs none).</source>
            <translation>Kein Schlüssel gespeichert (in Ordnung für einen Server, der keinen braucht).</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Verbinde …</translation>
        </message>
        <message numerus="yes">
            <source>Connected: %n model(s) available (%1 ms).</source>
            <translation>
                <numerusform>Verbunden: %n Modell verfügbar (%1 ms).</numerusform>
                <numerusform>Verbunden: %n Modelle verfügbar (%1 ms).</numerusform>
            </translation>
        </message>
        <message>
            <source>This session onl&amp;y</source>
            <translation>Nur für diese Sit&amp;zung</translation>
        </message>
        <message>
            <source>Use the key until TuneDesk quits: kept in memory, never written to disk or the keychain</source>
            <translation>Den Schlüssel verwenden, bis TuneDesk beendet wird: im Speicher gehalten, nie auf den Datenträger oder in den Schlüsselbund geschrieben</translation>
        </message>
        <message>
            <source>K&amp;ind:</source>
            <translation>A&amp;rt:</translation>
        </message>
        <message>
            <source>no keychain service (Secret Service) is running on this desktop</source>
            <translation>auf diesem Desktop läuft kein Schlüsselbund-Dienst (Secret Service)</translation>
        </message>
        <message>
            <source>The key could not be stored in the keychain: %1.</source>
            <translation>Der Schlüssel konnte nicht im Schlüsselbund gespeichert werden: %1.</translation>
        </message>
        <message>
            <source>Use the Key for This Session?</source>
            <translation>Schlüssel für diese Sitzung verwenden?</translation>
        </message>
        <message>
            <source>The key could not be stored in the keychain: %1.

Use it for this session only? It is kept in memory until TuneDesk quits and never written to disk.</source>
            <translation>Der Schlüssel konnte nicht im Schlüsselbund gespeichert werden: %1.

Nur für diese Sitzung verwenden? Er wird bis zum Beenden von TuneDesk im Speicher gehalten und nie auf den Datenträger geschrieben.</translation>
        </message>
        <message>
            <source>A key is kept in memory for this session only (never written to disk).</source>
            <translation>Ein Schlüssel wird nur für diese Sitzung im Speicher gehalten (nie auf den Datenträger geschrieben).</translation>
        </message>
    </context>
    <context>
        <name>td::Conversation</name>
        <message>
            <source>New chat</source>
            <translation>Neuer Chat</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>Assistent</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <source>Dataset answer (%1)</source>
            <translation>Antwort im Datensatz (%1)</translation>
        </message>
    </context>
    <context>
        <name>td::ConversationList</name>
        <message>
            <source>&amp;New Chat</source>
            <translation>&amp;Neuer Chat</translation>
        </message>
        <message>
            <source>Start a new conversation (Ctrl+Shift+N)</source>
            <translation>Neue Unterhaltung beginnen (Strg+Umschalt+N)</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Unterhaltungen</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Umbenennen…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportieren…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Löschen…</translation>
        </message>
        <message>
            <source>%1
Last changed %2</source>
            <translation>%1
Zuletzt geändert %2</translation>
        </message>
        <message>
            <source>Rename Conversation</source>
            <translation>Unterhaltung umbenennen</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Titel:</translation>
        </message>
        <message>
            <source>Delete Conversation</source>
            <translation>Unterhaltung löschen</translation>
        </message>
        <message>
            <source>Delete this conversation? This cannot be undone.</source>
            <translation>Diese Unterhaltung löschen? Das lässt sich nicht rückgängig machen.</translation>
        </message>
        <message>
            <source>Filter by title</source>
            <translation>Nach Titel filtern</translation>
        </message>
        <message>
            <source>Filter conversations</source>
            <translation>Unterhaltungen filtern</translation>
        </message>
        <message>
            <source>Saved conversations</source>
            <translation>Gespeicherte Unterhaltungen</translation>
        </message>
    </context>
    <context>
        <name>td::ConversationStore</name>
        <message>
            <source>The conversation could not be read: %1</source>
            <translation>Die Unterhaltung konnte nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>%1 is not a saved conversation.</source>
            <translation>%1 ist keine gespeicherte Unterhaltung.</translation>
        </message>
        <message>
            <source>The folder %1 could not be created.</source>
            <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
        </message>
        <message>
            <source>The conversation could not be saved: %1</source>
            <translation>Die Unterhaltung konnte nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <source>The conversation could not be deleted: %1</source>
            <translation>Die Unterhaltung konnte nicht gelöscht werden: %1</translation>
        </message>
    </context>
    <context>
        <name>td::Curation</name>
        <message>
            <source>whole rows</source>
            <translation>ganze Zeilen</translation>
        </message>
        <message>
            <source>user turns</source>
            <translation>Nutzerbeiträge</translation>
        </message>
        <message>
            <source>assistant turns</source>
            <translation>Assistentenbeiträge</translation>
        </message>
        <message>
            <source>%1, %2-word shingles, MinHash in %3 bands of %4 (candidates from about %5 similarity), clusters at Jaccard &gt;= %6, %7 bytes a row</source>
            <translation>%1, Shingles aus %2 Wörtern, MinHash in %3 Bändern zu je %4 (Kandidaten ab etwa %5 Ähnlichkeit), Cluster ab Jaccard &gt;= %6, %7 Bytes pro Zeile</translation>
        </message>
        <message>
            <source>The near-duplicate parameters are out of range: 1 to 8 words a shingle, 1 to 32 bands of 1 to 16 values, a threshold above 0 and at most 1.</source>
            <translation>Die Parameter für Beinahe-Duplikate liegen außerhalb des zulässigen Bereichs: 1 bis 8 Wörter pro Shingle, 1 bis 32 Bänder zu je 1 bis 16 Werten, ein Schwellenwert über 0 und höchstens 1.</translation>
        </message>
        <message>
            <source>The file has more than 4 billion rows; split it to search it for near-duplicates.</source>
            <translation>Die Datei hat mehr als 4 Milliarden Zeilen; teilen Sie sie auf, um sie nach Beinahe-Duplikaten zu durchsuchen.</translation>
        </message>
        <message>
            <source>e-mail address</source>
            <translation>E-Mail-Adresse</translation>
        </message>
        <message>
            <source>phone number</source>
            <translation>Telefonnummer</translation>
        </message>
        <message>
            <source>IPv4 address</source>
            <translation>IPv4-Adresse</translation>
        </message>
        <message>
            <source>IPv6 address</source>
            <translation>IPv6-Adresse</translation>
        </message>
        <message>
            <source>credit card number</source>
            <translation>Kreditkartennummer</translation>
        </message>
        <message>
            <source>IBAN</source>
            <translation>IBAN</translation>
        </message>
        <message>
            <source>private key</source>
            <translation>privater Schlüssel</translation>
        </message>
        <message>
            <source>AWS access key</source>
            <translation>AWS-Zugriffsschlüssel</translation>
        </message>
        <message>
            <source>OpenAI API key</source>
            <translation>OpenAI-API-Schlüssel</translation>
        </message>
        <message>
            <source>Together API key</source>
            <translation>Together-API-Schlüssel</translation>
        </message>
        <message>
            <source>GitHub token</source>
            <translation>GitHub-Token</translation>
        </message>
        <message>
            <source>Hugging Face token</source>
            <translation>Hugging-Face-Token</translation>
        </message>
        <message>
            <source>Slack token</source>
            <translation>Slack-Token</translation>
        </message>
        <message>
            <source>JSON web token</source>
            <translation>JSON Web Token</translation>
        </message>
        <message>
            <source>secret value</source>
            <translation>geheimer Wert</translation>
        </message>
        <message>
            <source>Scanning for personal data needs a processor with SSSE3, which this one lacks.</source>
            <translation>Die Suche nach persönlichen Daten erfordert einen Prozessor mit SSSE3-Unterstützung, die diesem fehlt.</translation>
        </message>
        <message>
            <source>Personal data and secrets: %1 findings in %2 of %3 rows (%4)
</source>
            <translation>Persönliche Daten und Geheimnisse: %1 Funde in %2 von %3 Zeilen (%4)
</translation>
        </message>
    </context>
    <context>
        <name>td::CurationFigures</name>
        <message>
            <source>&amp;Count Personal Data and Near-Duplicates</source>
            <translation>Personenbezogene Daten und Beinahe-Duplikate &amp;zählen</translation>
        </message>
        <message>
            <source>Scan every row for personal data and secrets, and for near-duplicate rows</source>
            <translation>Jede Zeile nach personenbezogenen Daten und Geheimnissen sowie nach beinahe doppelten Zeilen durchsuchen</translation>
        </message>
        <message>
            <source>Scanning the rows</source>
            <translation>Zeilen werden durchsucht</translation>
        </message>
        <message>
            <source>Personal data and secrets per kind and role</source>
            <translation>Personenbezogene Daten und Geheimnisse nach Art und Rolle</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <source>Near-duplicate share and personal data: not counted yet.</source>
            <translation>Anteil der Beinahe-Duplikate und personenbezogene Daten: noch nicht gezählt.</translation>
        </message>
        <message>
            <source>The rows changed: count again to see the figures of the new rows.</source>
            <translation>Die Zeilen haben sich geändert: Zählen Sie erneut, um die Werte der neuen Zeilen zu sehen.</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Abbrechen</translation>
        </message>
        <message>
            <source>Scanning every row…</source>
            <translation>Jede Zeile wird durchsucht…</translation>
        </message>
        <message>
            <source>The count was cancelled.</source>
            <translation>Das Zählen wurde abgebrochen.</translation>
        </message>
        <message>
            <source>The rows changed while they were counted: count again.</source>
            <translation>Die Zeilen haben sich während des Zählens geändert: Zählen Sie erneut.</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Alle Arten</translation>
        </message>
        <message>
            <source>Click a kind (or press Return on it) to show the rows it was found in</source>
            <translation>Eine Art anklicken (oder darauf die Eingabetaste drücken), um die Zeilen zu zeigen, in denen sie gefunden wurde</translation>
        </message>
        <message>
            <source>rows with personal data or secrets</source>
            <translation>Zeilen mit persönlichen Daten oder Geheimnissen</translation>
        </message>
        <message>
            <source>rows with %1</source>
            <translation>Zeilen mit %1</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) beyond each cluster's first</source>
            <translation>
                <numerusform>%Ln Zeile über die erste jedes Clusters hinaus</numerusform>
                <numerusform>%Ln Zeilen über die erste jedes Clusters hinaus</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln cluster(s)</source>
            <translation>
                <numerusform>%Ln Cluster</numerusform>
                <numerusform>%Ln Clustern</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln finding(s)</source>
            <translation>
                <numerusform>%Ln Fund</numerusform>
                <numerusform>%Ln Funde</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln Zeile</numerusform>
                <numerusform>%Ln Zeilen</numerusform>
            </translation>
        </message>
        <message>
            <source>Near-duplicates: none.</source>
            <translation>Beinahe-Duplikate: keine.</translation>
        </message>
        <message>
            <source>Near-duplicates: %1 in %2 (%3 % of the rows).</source>
            <translation>Beinahe-Duplikate: %1 in %2 (%3 % der Zeilen).</translation>
        </message>
        <message>
            <source>Personal data and secrets: none found.</source>
            <translation>Personenbezogene Daten und Geheimnisse: keine gefunden.</translation>
        </message>
        <message>
            <source>Personal data and secrets: %1 in %2.</source>
            <translation>Personenbezogene Daten und Geheimnisse: %1 in %2.</translation>
        </message>
    </context>
    <context>
        <name>td::CurlTransport</name>
        <message>
            <source>cannot read %1</source>
            <translation>%1 kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>the server sent nothing for %1 s (stalled)</source>
            <translation>der Server hat %1 s lang nichts gesendet (hängt)</translation>
        </message>
    </context>
    <context>
        <name>td::DatasetController</name>
        <message>
            <source>Unsaved edits cannot be journaled (%1); save soon.</source>
            <translation>Ungespeicherte Änderungen können nicht protokolliert werden (%1); speichern Sie bald.</translation>
        </message>
        <message>
            <source>Saving %p%</source>
            <translation>Speichern %p%</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 gespeichert</translation>
        </message>
        <message>
            <source>%1: %2 of %3 rows</source>
            <translation>%1: %2 von %3 Zeilen</translation>
        </message>
        <message>
            <source>Open Dataset</source>
            <translation>Datensatz öffnen</translation>
        </message>
        <message>
            <source>Recover Unsaved Edits</source>
            <translation>Ungespeicherte Änderungen wiederherstellen</translation>
        </message>
        <message numerus="yes">
            <source>TuneDesk was closed without saving %n edit(s) to %1. Restore them?</source>
            <translation>
                <numerusform>TuneDesk wurde beendet, ohne %n Änderung an %1 zu speichern. Wiederherstellen?</numerusform>
                <numerusform>TuneDesk wurde beendet, ohne %n Änderungen an %1 zu speichern. Wiederherstellen?</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot Open Dataset</source>
            <translation>Datensatz kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>File Changed on Disk</source>
            <translation>Datei auf dem Datenträger geändert</translation>
        </message>
        <message>
            <source>Another program rewrote %1 while it was open. The rows shown may no longer be what you opened, so TuneDesk cannot save over it. Reload it now?%2</source>
            <translation>Ein anderes Programm hat %1 überschrieben, während es geöffnet war. Die angezeigten Zeilen sind womöglich nicht mehr die geöffneten, daher kann TuneDesk nicht darüber speichern. Jetzt neu laden?%2</translation>
        </message>
        <message>
            <source>%1 was changed by another program. Reload it?</source>
            <translation>%1 wurde von einem anderen Programm geändert. Neu laden?</translation>
        </message>
        <message>
            <source>Save Dataset As</source>
            <translation>Datensatz speichern unter</translation>
        </message>
        <message>
            <source>JSONL (*.jsonl);;JSONL compressed with zstd (*.jsonl.zst)</source>
            <translation>JSONL (*.jsonl);;JSONL mit zstd komprimiert (*.jsonl.zst)</translation>
        </message>
        <message>
            <source>%1

Overwrite it with your version?</source>
            <translation>%1

Mit Ihrer Fassung überschreiben?</translation>
        </message>
        <message>
            <source>Cannot Save</source>
            <translation>Speichern nicht möglich</translation>
        </message>
        <message>
            <source>Unsaved Changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <source>The dataset has unsaved changes. Save them first?</source>
            <translation>Der Datensatz hat ungespeicherte Änderungen. Zuerst speichern?</translation>
        </message>
        <message>
            <source>The dataset has unsaved changes. Save them before quitting?</source>
            <translation>Der Datensatz hat ungespeicherte Änderungen. Vor dem Beenden speichern?</translation>
        </message>
        <message>
            <source>JSONL datasets (*.jsonl *.jsonl.zst *.zst);;All files (*)</source>
            <translation>JSONL-Datensätze (*.jsonl *.jsonl.zst *.zst);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Exporting to %1…</source>
            <translation>Export nach %1…</translation>
        </message>
        <message>
            <source>Cannot Export</source>
            <translation>Export nicht möglich</translation>
        </message>
        <message>
            <source>not checked (Together's checker reads only .jsonl)</source>
            <translation>nicht geprüft (die Prüfung von Together liest nur .jsonl)</translation>
        </message>
        <message>
            <source>Together's checker would accept it</source>
            <translation>die Prüfung von Together würde sie annehmen</translation>
        </message>
        <message>
            <source>Together's checker would reject it: %1</source>
            <translation>die Prüfung von Together würde sie ablehnen: %1</translation>
        </message>
        <message>
            <source>Wrote %1 rows: %2 fixed, %3 dropped of %4.</source>
            <translation>%1 Zeilen geschrieben: %2 korrigiert, %3 von %4 entfernt.</translation>
        </message>
        <message>
            <source>Exported %1 rows</source>
            <translation>%1 Zeilen exportiert</translation>
        </message>
        <message>
            <source>Export Finished</source>
            <translation>Export abgeschlossen</translation>
        </message>
        <message>
            <source>The dataset is not ready for edits (still loading, or it failed to open). Try again once it is open.</source>
            <translation>Der Datensatz ist noch nicht bereit für Änderungen (er lädt noch oder ließ sich nicht öffnen). Versuchen Sie es erneut, sobald er offen ist.</translation>
        </message>
        <message numerus="yes">
            <source>Added %n row(s) at the end of the dataset; Undo removes them.</source>
            <translation>
                <numerusform>%n Zeile am Ende des Datensatzes hinzugefügt; Rückgängig entfernt sie.</numerusform>
                <numerusform>%n Zeilen am Ende des Datensatzes hinzugefügt; Rückgängig entfernt sie.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved %1 and opened it (the file you had open was rewritten by another program)</source>
            <translation>%1 gespeichert und geöffnet (die geöffnete Datei wurde von einem anderen Programm überschrieben)</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Neu laden</translation>
        </message>
        <message>
            <source>%1 was reloaded with your unsaved edits applied to it again (%2 of %2, by row number). Check them before saving.</source>
            <translation>%1 wurde neu geladen und Ihre ungespeicherten Änderungen wurden erneut angewendet (%2 von %2, nach Zeilennummer). Prüfen Sie sie vor dem Speichern.</translation>
        </message>
        <message>
            <source>%1 was reloaded. %2 of your unsaved edits were applied to it again (by row number); %3 could not be, because the rows they changed are no longer there (the file now has %4 rows).</source>
            <translation>%1 wurde neu geladen. %2 Ihrer ungespeicherten Änderungen wurden erneut angewendet (nach Zeilennummer); %3 nicht, weil die geänderten Zeilen nicht mehr existieren (die Datei hat jetzt %4 Zeilen).</translation>
        </message>
        <message>
            <source>Reload %1 from disk? You have unsaved edits.

Yes: keep them, applied again to the reloaded rows by row number (you are told if any no longer fit).
Discard: reload without them.</source>
            <translation>%1 vom Datenträger neu laden? Sie haben ungespeicherte Änderungen.

Ja: behalten und nach Zeilennummer erneut auf die neu geladenen Zeilen anwenden (Sie erfahren, falls welche nicht mehr passen).
Verwerfen: ohne sie neu laden.</translation>
        </message>
        <message>
            <source>Your unsaved edits could not be read back from their journal, so they cannot be kept. Save them under another name first (File &gt; Save As).</source>
            <translation>Ihre ungespeicherten Änderungen ließen sich nicht aus ihrem Journal zurücklesen und können daher nicht behalten werden. Speichern Sie sie zuerst unter einem anderen Namen (Datei &gt; Speichern unter).</translation>
        </message>
        <message>
            <source>

You will be asked whether to keep your unsaved edits. Or choose No and save them under another name (File &gt; Save As).</source>
            <translation>

Sie werden gefragt, ob Ihre ungespeicherten Änderungen behalten werden sollen. Oder wählen Sie Nein und speichern Sie sie unter einem anderen Namen (Datei &gt; Speichern unter).</translation>
        </message>
        <message>
            <source>%1 was changed by another program. Reload it (you can keep your unsaved edits), or keep your version (saving will then ask before overwriting)?</source>
            <translation>%1 wurde von einem anderen Programm geändert. Neu laden (Ihre ungespeicherten Änderungen können Sie behalten) oder Ihre Fassung behalten (beim Speichern wird dann vor dem Überschreiben gefragt)?</translation>
        </message>
        <message numerus="yes">
            <source>This dataset holds %1 rows, and the row(s) being added are %2 rows. Together refuses a file whose rows mix formats, so its format check would fail. Add them anyway?</source>
            <translation>
                <numerusform>Dieser Datensatz enthält %1-Zeilen, die hinzugefügte Zeile ist eine %2-Zeile. Together lehnt Dateien mit gemischten Formaten ab, die Formatprüfung würde also scheitern. Trotzdem hinzufügen?</numerusform>
                <numerusform>Dieser Datensatz enthält %1-Zeilen, die hinzugefügten Zeilen sind %2-Zeilen. Together lehnt Dateien mit gemischten Formaten ab, die Formatprüfung würde also scheitern. Trotzdem hinzufügen?</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2, %3</source>
            <translation>%1: %2, %3</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n Zeile</numerusform>
                <numerusform>%n Zeilen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>td::DatasetDocument</name>
        <message>
            <source>Indexing</source>
            <translation>Indizieren</translation>
        </message>
        <message>
            <source>A save is already in progress</source>
            <translation>Es wird bereits gespeichert</translation>
        </message>
        <message>
            <source>The file is still being read; save when it is done</source>
            <translation>Die Datei wird noch gelesen; speichern Sie, wenn das fertig ist</translation>
        </message>
        <message>
            <source>%1 was changed by another program since it was opened</source>
            <translation>%1 wurde seit dem Öffnen von einem anderen Programm geändert</translation>
        </message>
        <message>
            <source>Cannot recover edits before the file is read</source>
            <translation>Änderungen können erst wiederhergestellt werden, wenn die Datei gelesen ist</translation>
        </message>
        <message>
            <source>The edit journal does not fit this file; it was not applied</source>
            <translation>Das Änderungsjournal passt nicht zu dieser Datei; es wurde nicht angewendet</translation>
        </message>
        <message>
            <source>Decompressing (%1)</source>
            <translation>Entpacken (%1)</translation>
        </message>
        <message>
            <source>Decompressing (%1 so far)</source>
            <translation>Entpacken (bisher %1)</translation>
        </message>
        <message>
            <source>%1 has too many lines to open: more than %L2 in the first %3, and indexing them would need more than %4 of memory. A dataset's rows are not that short; is it mostly blank lines?</source>
            <translation>%1 hat zu viele Zeilen zum Öffnen: mehr als %L2 in den ersten %3, und sie zu indizieren bräuchte mehr als %4 Speicher. So kurz sind die Zeilen eines Datensatzes nicht; besteht die Datei größtenteils aus Leerzeilen?</translation>
        </message>
        <message>
            <source>%1 was rewritten by another program while it was open, so the rows shown may no longer be the ones opened. Reload it (File &gt; Reload keeps your edits) or save under another name.</source>
            <translation>%1 wurde von einem anderen Programm überschrieben, während es geöffnet war; die angezeigten Zeilen sind womöglich nicht mehr die geöffneten. Laden Sie die Datei neu (Datei &gt; Neu laden behält Ihre Änderungen) oder speichern Sie unter einem anderen Namen.</translation>
        </message>
    </context>
    <context>
        <name>td::DatasetPane</name>
        <message numerus="yes">
            <source>%n row(s) changed</source>
            <translation>
                <numerusform>%n Zeile geändert</numerusform>
                <numerusform>%n Zeilen geändert</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Suchen…</translation>
        </message>
        <message>
            <source>Search every row</source>
            <translation>Alle Zeilen durchsuchen</translation>
        </message>
        <message>
            <source>Find &amp;Next</source>
            <translation>&amp;Weitersuchen</translation>
        </message>
        <message>
            <source>Next matching row</source>
            <translation>Nächste passende Zeile</translation>
        </message>
        <message>
            <source>Find Pre&amp;vious</source>
            <translation>&amp;Rückwärts suchen</translation>
        </message>
        <message>
            <source>Previous matching row</source>
            <translation>Vorige passende Zeile</translation>
        </message>
        <message>
            <source>Show &amp;All Rows</source>
            <translation>&amp;Alle Zeilen zeigen</translation>
        </message>
        <message>
            <source>Clear the search filter</source>
            <translation>Suchfilter aufheben</translation>
        </message>
        <message>
            <source>Ne&amp;xt Row</source>
            <translation>&amp;Nächste Zeile</translation>
        </message>
        <message>
            <source>&amp;Previous Row</source>
            <translation>&amp;Vorige Zeile</translation>
        </message>
        <message>
            <source>&amp;Go to Row…</source>
            <translation>&amp;Gehe zu Zeile…</translation>
        </message>
        <message>
            <source>&amp;Toggle Message Weight</source>
            <translation>Nachrichtengewicht &amp;umschalten</translation>
        </message>
        <message>
            <source>Switch the focused message between trained (1) and masked (0)</source>
            <translation>Die ausgewählte Nachricht zwischen trainiert (1) und maskiert (0) umschalten</translation>
        </message>
        <message>
            <source>&amp;Insert Row</source>
            <translation>Zeile &amp;einfügen</translation>
        </message>
        <message>
            <source>Insert a new row after the selected one</source>
            <translation>Eine neue Zeile nach der ausgewählten einfügen</translation>
        </message>
        <message>
            <source>D&amp;uplicate Rows</source>
            <translation>Zeilen &amp;duplizieren</translation>
        </message>
        <message>
            <source>&amp;Delete Rows</source>
            <translation>Zeilen &amp;löschen</translation>
        </message>
        <message>
            <source>Move Row &amp;Up</source>
            <translation>Zeile nach &amp;oben</translation>
        </message>
        <message>
            <source>Move Row Do&amp;wn</source>
            <translation>Zeile nach &amp;unten</translation>
        </message>
        <message>
            <source>On the selected rows</source>
            <translation>Auf die ausgewählten Zeilen</translation>
        </message>
        <message>
            <source>Apply to the Whole File</source>
            <translation>Auf die ganze Datei anwenden</translation>
        </message>
        <message>
            <source>Go to Row</source>
            <translation>Gehe zu Zeile</translation>
        </message>
        <message>
            <source>Row (1 to %1):</source>
            <translation>Zeile (1 bis %1):</translation>
        </message>
        <message>
            <source>Click into a message first, then toggle its weight</source>
            <translation>Klicken Sie zuerst in eine Nachricht und schalten Sie dann ihr Gewicht um</translation>
        </message>
        <message>
            <source>Try in &amp;Playground</source>
            <translation>Im &amp;Playground ausprobieren</translation>
        </message>
        <message>
            <source>Ask a model for the focused answer of this row (or its last) and compare with the dataset's</source>
            <translation>Ein Modell nach der gewählten Antwort dieser Zeile (oder ihrer letzten) fragen und mit der des Datensatzes vergleichen</translation>
        </message>
        <message>
            <source>untitled</source>
            <translation>unbenannt</translation>
        </message>
        <message>
            <source>%1, row %2</source>
            <translation>%1, Zeile %2</translation>
        </message>
        <message>
            <source> (Show All Rows: %1)</source>
            <translation> (Alle Zeilen zeigen: %1)</translation>
        </message>
    </context>
    <context>
        <name>td::DatasetSession</name>
        <message>
            <source>Weight 0 on all but the last assistant message</source>
            <translation>Gewicht 0 auf allen außer der letzten Assistentennachricht</translation>
        </message>
        <message>
            <source>Weight 1 on every assistant message</source>
            <translation>Gewicht 1 auf jeder Assistentennachricht</translation>
        </message>
        <message>
            <source>Remove all weights</source>
            <translation>Alle Gewichte entfernen</translation>
        </message>
        <message>
            <source>Edit row %1</source>
            <translation>Zeile %1 bearbeiten</translation>
        </message>
        <message numerus="yes">
            <source>Insert %n row(s)</source>
            <translation>
                <numerusform>%n Zeile einfügen</numerusform>
                <numerusform>%n Zeilen einfügen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n row(s)</source>
            <translation>
                <numerusform>%n Zeile löschen</numerusform>
                <numerusform>%n Zeilen löschen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Duplicate %n row(s)</source>
            <translation>
                <numerusform>%n Zeile duplizieren</numerusform>
                <numerusform>%n Zeilen duplizieren</numerusform>
            </translation>
        </message>
        <message>
            <source>Move row %1</source>
            <translation>Zeile %1 verschieben</translation>
        </message>
        <message>
            <source>Applying weights</source>
            <translation>Gewichte werden gesetzt</translation>
        </message>
        <message numerus="yes">
            <source> (%n row(s))</source>
            <translation>
                <numerusform> (%n Zeile)</numerusform>
                <numerusform> (%n Zeilen)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Recover %n Edit(s)</source>
            <translation>
                <numerusform>%n Änderung wiederherstellen</numerusform>
                <numerusform>%n Änderungen wiederherstellen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>td::DatasetSplit</name>
        <message>
            <source>Cannot read the groups file %1: %2</source>
            <translation>Die Gruppendatei %1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>The groups file %1 has more lines than the dataset has rows (%2): it was made for another file.</source>
            <translation>Die Gruppendatei %1 hat mehr Zeilen, als der Datensatz Zeilen hat (%2): Sie wurde für eine andere Datei erstellt.</translation>
        </message>
        <message>
            <source>The groups file %1 has %2 lines but the dataset has %3 rows: give one group per row, in row order.</source>
            <translation>Die Gruppendatei %1 hat %2 Zeilen, der Datensatz aber %3: Geben Sie eine Gruppe pro Zeile an, in Zeilenreihenfolge.</translation>
        </message>
        <message>
            <source>Cannot write the groups file %1: %2</source>
            <translation>Die Gruppendatei %1 kann nicht geschrieben werden: %2</translation>
        </message>
    </context>
    <context>
        <name>td::DatasetStats</name>
        <message>
            <source>Rows:               %1
</source>
            <translation>Zeilen:             %1
</translation>
        </message>
        <message>
            <source>Bytes:              %1
</source>
            <translation>Bytes:              %1
</translation>
        </message>
        <message>
            <source>  %1 %2
</source>
            <translation>  %1 %2
</translation>
        </message>
        <message>
            <source>Parse failures:     %1
</source>
            <translation>Parserfehler:       %1
</translation>
        </message>
        <message>
            <source>Messages per row:   min %1, mean %2, max %3
</source>
            <translation>Nachrichten/Zeile:  min %1, Mittel %2, max %3
</translation>
        </message>
        <message>
            <source>Characters:         %1 (mean %2 per row, max %3)
</source>
            <translation>Zeichen:            %1 (Mittel %2 pro Zeile, max %3)
</translation>
        </message>
        <message>
            <source>Rows with weights:  %1
</source>
            <translation>Zeilen mit Gewicht: %1
</translation>
        </message>
        <message>
            <source>Indexing:           %1 s
</source>
            <translation>Indizieren:         %1 s
</translation>
        </message>
        <message>
            <source>Parsing:            %1 s
</source>
            <translation>Parsen:             %1 s
</translation>
        </message>
    </context>
    <context>
        <name>td::DatasetTableModel</name>
        <message>
            <source>…</source>
            <translation>…</translation>
        </message>
        <message>
            <source>Starts with a UTF-8 byte order mark</source>
            <translation>Beginnt mit einer UTF-8-Bytereihenfolgemarke (BOM)</translation>
        </message>
        <message>
            <source>Line %1 of the file as opened</source>
            <translation>Zeile %1 der Datei beim Öffnen</translation>
        </message>
        <message>
            <source>A row added in this session</source>
            <translation>In dieser Sitzung hinzugefügte Zeile</translation>
        </message>
        <message>
            <source>Edited, not saved yet</source>
            <translation>Bearbeitet, noch nicht gespeichert</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rollen</translation>
        </message>
        <message>
            <source>Msgs</source>
            <translation>Nachr.</translation>
        </message>
        <message>
            <source>Weights</source>
            <translation>Gewichte</translation>
        </message>
        <message>
            <source>Chars</source>
            <translation>Zeichen</translation>
        </message>
        <message>
            <source>First user message</source>
            <translation>Erste Nutzernachricht</translation>
        </message>
        <message>
            <source>Tokens</source>
            <translation>Tokens</translation>
        </message>
        <message>
            <source>Trained</source>
            <translation>Trainiert</translation>
        </message>
        <message>
            <source>Not counted: the row is not one Together trains on (see the Checks)</source>
            <translation>Nicht gezählt: Auf dieser Zeile trainiert Together nicht (siehe Prüfungen)</translation>
        </message>
        <message>
            <source>Exact count with %1</source>
            <translation>Exakte Zählung mit %1</translation>
        </message>
        <message>
            <source>%1 tokens over the context length (%2): Together cuts them off</source>
            <translation>%1 Tokens über der Kontextlänge (%2): Together schneidet sie ab</translation>
        </message>
        <message>
            <source>Counted before the last edit; counting again</source>
            <translation>Vor der letzten Änderung gezählt; wird neu gezählt</translation>
        </message>
        <message>
            <source>Each message's role, in order: S system, U user, A assistant, T tool, ? not a role</source>
            <translation>Die Rolle jeder Nachricht, der Reihe nach: S System, U Nutzer (user), A Assistent, T Tool, ? keine Rolle</translation>
        </message>
        <message>
            <source>Each message's weight, in order: 1 trained, 0 not trained, · none given (Together trains the assistant's messages), ? not a weight</source>
            <translation>Das Gewicht jeder Nachricht, der Reihe nach: 1 trainiert, 0 nicht trainiert, · keins angegeben (Together trainiert die Nachrichten des Assistenten), ? kein Gewicht</translation>
        </message>
        <message>
            <source>Characters of the row's texts</source>
            <translation>Zeichen der Texte der Zeile</translation>
        </message>
        <message>
            <source>Messages in the conversation</source>
            <translation>Nachrichten der Unterhaltung</translation>
        </message>
    </context>
    <context>
        <name>td::DatasetTableView</name>
        <message>
            <source>Dataset rows</source>
            <translation>Datensatzzeilen</translation>
        </message>
        <message>
            <source>Select all rows</source>
            <translation>Alle Zeilen auswählen</translation>
        </message>
        <message>
            <source>No row matches the filter. Show All Rows (Ctrl+Shift+A) shows every row again.</source>
            <translation>Keine Zeile erfüllt den Filter. Alle Zeilen zeigen (Strg+Umschalt+A) zeigt wieder jede Zeile.</translation>
        </message>
    </context>
    <context>
        <name>td::DatasetTokenCounts</name>
        <message>
            <source>Counting tokens was cancelled.</source>
            <translation>Das Zählen der Tokens wurde abgebrochen.</translation>
        </message>
    </context>
    <context>
        <name>td::DatasetWriter</name>
        <message>
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <source>The file was shortened by another program while it was open; reopen it before saving or exporting.</source>
            <translation>Die Datei wurde von einem anderen Programm gekürzt, während sie offen war; öffnen Sie sie erneut, bevor Sie speichern oder exportieren.</translation>
        </message>
        <message>
            <source>Cannot save %1: %2. %3</source>
            <translation>%1 kann nicht gespeichert werden: %2. %3</translation>
        </message>
        <message>
            <source>The original file was not changed.</source>
            <translation>Die ursprüngliche Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <source>No file was created.</source>
            <translation>Es wurde keine Datei angelegt.</translation>
        </message>
    </context>
    <context>
        <name>td::DemoConnection</name>
        <message>
            <source>The demo server (%1) is not installed: it was looked for in %2 and on the PATH. Install the tunedesk package, or build TuneDesk with its tests (they build the emulator).</source>
            <translation>Der Demo-Server (%1) ist nicht installiert: Er wurde in %2 und im PATH gesucht. Installieren Sie das Paket tunedesk oder bauen Sie TuneDesk mit seinen Tests (sie bauen den Emulator).</translation>
        </message>
        <message>
            <source>The demo server could not be started: %1</source>
            <translation>Der Demo-Server konnte nicht gestartet werden: %1</translation>
        </message>
        <message>
            <source>The demo server stopped (exit code %1).</source>
            <translation>Der Demo-Server wurde beendet (Exit-Code %1).</translation>
        </message>
        <message>
            <source>The demo server stopped (exit code %1): %2</source>
            <translation>Der Demo-Server wurde beendet (Exit-Code %1): %2</translation>
        </message>
        <message>
            <source>The demo server did not say where it listens within %1 seconds.</source>
            <translation>Der Demo-Server hat nicht innerhalb von %1 Sekunden gemeldet, wo er lauscht.</translation>
        </message>
        <message>
            <source>The demo server printed something else than its address.</source>
            <translation>Der Demo-Server hat etwas anderes als seine Adresse ausgegeben.</translation>
        </message>
        <message>
            <source>The demo server gave an address that is not on this machine: %1</source>
            <translation>Der Demo-Server hat eine Adresse genannt, die nicht auf diesem Rechner liegt: %1</translation>
        </message>
        <message>
            <source>Demo (local emulator)</source>
            <translation>Demo (lokaler Emulator)</translation>
        </message>
    </context>
    <context>
        <name>td::DeployDialog</name>
        <message>
            <source>&amp;Check (Dry Run)</source>
            <translation>&amp;Prüfen (Probelauf)</translation>
        </message>
        <message>
            <source>&amp;Deploy</source>
            <translation>&amp;Bereitstellen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Deploy on a Dedicated Endpoint (v2)</source>
            <translation>Auf einem dedizierten Endpunkt bereitstellen (v2)</translation>
        </message>
        <message>
            <source>Reading what can be deployed…</source>
            <translation>Es wird gelesen, was bereitgestellt werden kann…</translation>
        </message>
        <message>
            <source>Hardware to deploy on</source>
            <translation>Hardware für die Bereitstellung</translation>
        </message>
        <message>
            <source>GPUs</source>
            <translation>GPUs</translation>
        </message>
        <message>
            <source>Quantization</source>
            <translation>Quantisierung</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Kontext</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Geschwindigkeit</translation>
        </message>
        <message>
            <source>First token</source>
            <translation>Erstes Token</translation>
        </message>
        <message>
            <source>Price per replica-hour</source>
            <translation>Preis pro Replikatstunde</translation>
        </message>
        <message>
            <source>Endpoint name</source>
            <translation>Name des Endpunkts</translation>
        </message>
        <message>
            <source>Lower-case letters, digits and dashes; your project's slug is put in front. It cannot be renamed later. An endpoint of this name that exists already is reused.</source>
            <translation>Kleinbuchstaben, Ziffern und Bindestriche; das Kürzel Ihres Projekts wird vorangestellt. Der Name lässt sich später nicht ändern. Ein bereits vorhandener Endpunkt dieses Namens wird wiederverwendet.</translation>
        </message>
        <message>
            <source>Deployment name</source>
            <translation>Name der Bereitstellung</translation>
        </message>
        <message>
            <source>Minimum replicas</source>
            <translation>Mindestzahl Replikate</translation>
        </message>
        <message>
            <source>Maximum replicas</source>
            <translation>Höchstzahl Replikate</translation>
        </message>
        <message>
            <source>Replicas that always run (and are billed). Equal to the maximum: a fixed number.</source>
            <translation>Replikate, die immer laufen (und berechnet werden). Gleich dem Maximum: eine feste Anzahl.</translation>
        </message>
        <message>
            <source>Above the minimum, replicas are added under load (8 requests in flight each).</source>
            <translation>Über dem Minimum werden unter Last Replikate hinzugefügt (je 8 laufende Anfragen).</translation>
        </message>
        <message>
            <source>Price per hour</source>
            <translation>Preis pro Stunde</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Check with a dry run</source>
            <translation>Mit einem Probelauf prüfen</translation>
        </message>
        <message>
            <source>Creates the endpoint (free) and asks the server to validate the deployment without provisioning anything</source>
            <translation>Legt den Endpunkt an (kostenlos) und lässt den Server die Bereitstellung prüfen, ohne etwas bereitzustellen</translation>
        </message>
        <message>
            <source>Deploy</source>
            <translation>Bereitstellen</translation>
        </message>
        <message>
            <source>&amp;Endpoint name:</source>
            <translation>&amp;Name des Endpunkts:</translation>
        </message>
        <message>
            <source>De&amp;ployment name:</source>
            <translation>Name der Bereit&amp;stellung:</translation>
        </message>
        <message>
            <source>Mi&amp;n:</source>
            <translation>Mi&amp;n.:</translation>
        </message>
        <message>
            <source>Ma&amp;x:</source>
            <translation>Ma&amp;x.:</translation>
        </message>
        <message>
            <source>Replicas:</source>
            <translation>Replikate:</translation>
        </message>
        <message>
            <source>Price:</source>
            <translation>Preis:</translation>
        </message>
        <message>
            <source>&amp;Hardware (certified profiles):</source>
            <translation>&amp;Hardware (zertifizierte Profile):</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; cannot be deployed here.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; kann hier nicht bereitgestellt werden.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Not deployed.&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;Nicht bereitgestellt.&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>Dry run passed: %1</source>
            <translation>Probelauf bestanden: %1</translation>
        </message>
        <message>
            <source>Deployment %1: &lt;b&gt;%2&lt;/b&gt;%3</source>
            <translation>Bereitstellung %1: &lt;b&gt;%2&lt;/b&gt;%3</translation>
        </message>
        <message>
            <source>&lt;b&gt;Ready.&lt;/b&gt; Its traffic weight is set to 1, so chats to &lt;b&gt;%1&lt;/b&gt; reach it (on the inference host). It is billed while its replicas run: stop it in the Endpoints pane when you no longer need it.</source>
            <translation>&lt;b&gt;Bereit.&lt;/b&gt; Ihr Traffic-Gewicht ist auf 1 gesetzt, Chats an &lt;b&gt;%1&lt;/b&gt; erreichen sie also (auf dem Inferenz-Host). Sie wird berechnet, solange ihre Replikate laufen: Stoppen Sie sie im Bereich Endpunkte, wenn Sie sie nicht mehr brauchen.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>Deploying fine-tune &lt;b&gt;%1&lt;/b&gt;: reading it and what it can run on…</source>
            <translation>Fine-Tuning &lt;b&gt;%1&lt;/b&gt; wird bereitgestellt: Es wird gelesen und geprüft, worauf es laufen kann…</translation>
        </message>
        <message>
            <source>Deploying &lt;b&gt;%1&lt;/b&gt;: reading what it can run on…</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; wird bereitgestellt: Es wird gelesen, worauf es laufen kann…</translation>
        </message>
        <message>
            <source>Deploy &lt;b&gt;%1&lt;/b&gt; (base %2) in project %3. A ready deployment is billed per minute for each ready replica.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; (Basis %2) im Projekt %3 bereitstellen. Eine bereite Bereitstellung wird pro Minute für jedes bereite Replikat berechnet.</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>%1 tokens/s</source>
            <translation>%1 Token/s</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>A certified profile (%1)</source>
            <translation>Ein zertifiziertes Profil (%1)</translation>
        </message>
        <message>
            <source>unknown (the hardware's price is not listed)</source>
            <translation>unbekannt (der Preis der Hardware ist nicht gelistet)</translation>
        </message>
        <message>
            <source>$%1 per hour (one replica)</source>
            <translation>%1 $ pro Stunde (ein Replikat)</translation>
        </message>
        <message>
            <source>$%1 per hour (%2 replicas)</source>
            <translation>%1 $ pro Stunde (%2 Replikate)</translation>
        </message>
        <message>
            <source>$%1 per hour, up to $%2 under load</source>
            <translation>%1 $ pro Stunde, unter Last bis zu %2 $</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Prüfung läuft…</translation>
        </message>
        <message>
            <source>Deploying…</source>
            <translation>Wird bereitgestellt…</translation>
        </message>
    </context>
    <context>
        <name>td::DeployPlan</name>
        <message>
            <source>Stopped. What was already created stays: see the Endpoints pane.</source>
            <translation>Gestoppt. Was schon angelegt wurde, bleibt: siehe Bereich Endpunkte.</translation>
        </message>
        <message>
            <source>Reading fine-tune %1…</source>
            <translation>Fine-Tuning %1 wird gelesen…</translation>
        </message>
        <message>
            <source>Reading the fine-tune failed</source>
            <translation>Das Lesen des Fine-Tunings ist fehlgeschlagen</translation>
        </message>
        <message>
            <source>Fine-tune %1 has not completed (%2): only a finished fine-tune can be deployed.</source>
            <translation>Fine-Tuning %1 ist nicht abgeschlossen (%2): Nur ein fertiges Fine-Tuning lässt sich bereitstellen.</translation>
        </message>
        <message>
            <source>Fine-tune %1 has no model in the registry (no model_object_id): its upload to the registry may have failed, so it cannot be deployed. Its output name %2 is not deployable; download the weights instead.</source>
            <translation>Fine-Tuning %1 hat kein Modell in der Registry (keine model_object_id): Sein Hochladen in die Registry ist womöglich fehlgeschlagen, daher lässt es sich nicht bereitstellen. Sein Ausgabename %2 ist nicht bereitstellbar; laden Sie stattdessen die Gewichte herunter.</translation>
        </message>
        <message>
            <source>Finding your project…</source>
            <translation>Ihr Projekt wird gesucht…</translation>
        </message>
        <message>
            <source>Reading the project (whoami) failed</source>
            <translation>Das Lesen des Projekts (whoami) ist fehlgeschlagen</translation>
        </message>
        <message>
            <source>Reading model %1 from the registry…</source>
            <translation>Modell %1 wird aus der Registry gelesen…</translation>
        </message>
        <message>
            <source>Looking up %1 in the supported models…</source>
            <translation>%1 wird in den unterstützten Modellen gesucht…</translation>
        </message>
        <message>
            <source>Reading the supported models failed</source>
            <translation>Das Lesen der unterstützten Modelle ist fehlgeschlagen</translation>
        </message>
        <message>
            <source>%1 is not among the models dedicated endpoints v2 support, so it cannot be deployed there.</source>
            <translation>%1 gehört nicht zu den Modellen, die dedizierte Endpunkte v2 unterstützen, und lässt sich dort nicht bereitstellen.</translation>
        </message>
        <message>
            <source>%1 has no deployment profile on dedicated endpoints v2, so it cannot be deployed there.</source>
            <translation>%1 hat kein Bereitstellungsprofil auf dedizierten Endpunkten v2 und lässt sich dort nicht bereitstellen.</translation>
        </message>
        <message>
            <source>No configs found for model %1: its base %2 cannot be hosted on dedicated endpoints v2. Download the weights instead.</source>
            <translation>Keine Konfigurationen für Modell %1 gefunden: Seine Basis %2 lässt sich nicht auf dedizierten Endpunkten v2 betreiben. Laden Sie stattdessen die Gewichte herunter.</translation>
        </message>
        <message>
            <source>Reading the configs of %1…</source>
            <translation>Die Konfigurationen von %1 werden gelesen…</translation>
        </message>
        <message>
            <source>No configs found for model %1: its base %2 has neither configs nor a deployment profile, so it cannot be hosted on dedicated endpoints v2. Download the weights instead.</source>
            <translation>Keine Konfigurationen für Modell %1 gefunden: Seine Basis %2 hat weder Konfigurationen noch ein Bereitstellungsprofil und lässt sich daher nicht auf dedizierten Endpunkten v2 betreiben. Laden Sie stattdessen die Gewichte herunter.</translation>
        </message>
        <message>
            <source>Reading the prices of the hardware…</source>
            <translation>Die Hardwarepreise werden gelesen…</translation>
        </message>
        <message>
            <source>Choose the hardware to deploy on.</source>
            <translation>Wählen Sie die Hardware für die Bereitstellung.</translation>
        </message>
        <message>
            <source>The endpoint name must be 1 to 63 lower-case letters, digits and dashes, starting and ending with a letter or digit.</source>
            <translation>Der Name des Endpunkts muss aus 1 bis 63 Kleinbuchstaben, Ziffern und Bindestrichen bestehen und mit einem Buchstaben oder einer Ziffer beginnen und enden.</translation>
        </message>
        <message>
            <source>The deployment name must be 1 to 63 lower-case letters, digits and dashes.</source>
            <translation>Der Name der Bereitstellung muss aus 1 bis 63 Kleinbuchstaben, Ziffern und Bindestrichen bestehen.</translation>
        </message>
        <message>
            <source>A new deployment needs at least 1 replica.</source>
            <translation>Eine neue Bereitstellung braucht mindestens 1 Replikat.</translation>
        </message>
        <message>
            <source>Creating endpoint %1 (free: only running replicas are billed)…</source>
            <translation>Endpunkt %1 wird angelegt (kostenlos: nur laufende Replikate werden berechnet)…</translation>
        </message>
        <message>
            <source>Creating the endpoint failed</source>
            <translation>Das Anlegen des Endpunkts ist fehlgeschlagen</translation>
        </message>
        <message>
            <source>Endpoint %1 exists already; the deployment is added to it.</source>
            <translation>Endpunkt %1 existiert bereits; die Bereitstellung wird ihm hinzugefügt.</translation>
        </message>
        <message>
            <source>Checking the deployment with the server (validateOnly: nothing is provisioned)…</source>
            <translation>Die Bereitstellung wird mit dem Server geprüft (validateOnly: es wird nichts bereitgestellt)…</translation>
        </message>
        <message>
            <source>The server refused the dry run</source>
            <translation>Der Server hat den Probelauf abgelehnt</translation>
        </message>
        <message>
            <source>The server accepts this deployment: %1 on %2, %3–%4 replicas, $%5 an hour while %3 run.</source>
            <translation>Der Server akzeptiert diese Bereitstellung: %1 auf %2, %3–%4 Replikate, %5 $ pro Stunde, solange %3 laufen.</translation>
        </message>
        <message>
            <source>The server accepts this deployment: %1 on %2 (price unknown).</source>
            <translation>Der Server akzeptiert diese Bereitstellung: %1 auf %2 (Preis unbekannt).</translation>
        </message>
        <message>
            <source>Creating deployment %1…</source>
            <translation>Bereitstellung %1 wird angelegt…</translation>
        </message>
        <message>
            <source>Creating the deployment failed</source>
            <translation>Das Anlegen der Bereitstellung ist fehlgeschlagen</translation>
        </message>
        <message>
            <source>Ready. A ready deployment serves nothing until it has traffic weight: setting its weight to 1…</source>
            <translation>Bereit. Eine bereite Bereitstellung bedient nichts, bis sie ein Traffic-Gewicht hat: Gewicht wird auf 1 gesetzt…</translation>
        </message>
        <message>
            <source>Deployed. Traffic weight set to 1, so chats to %1 reach deployment %2.</source>
            <translation>Bereitgestellt. Traffic-Gewicht auf 1 gesetzt, Chats an %1 erreichen also Bereitstellung %2.</translation>
        </message>
        <message>
            <source>Provisioning</source>
            <translation>Wird eingerichtet</translation>
        </message>
    </context>
    <context>
        <name>td::Deployment</name>
        <message>
            <source>provisioning</source>
            <translation>wird eingerichtet</translation>
        </message>
        <message>
            <source>scaling</source>
            <translation>skaliert</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>bereit</translation>
        </message>
        <message>
            <source>degraded</source>
            <translation>beeinträchtigt</translation>
        </message>
        <message>
            <source>stopping</source>
            <translation>stoppt</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>gestoppt</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
    </context>
    <context>
        <name>td::DeploymentActions</name>
        <message>
            <source>Another change to this endpoint is still running.</source>
            <translation>Eine andere Änderung an diesem Endpunkt läuft noch.</translation>
        </message>
        <message>
            <source>Stopped waiting. What was already sent stays done.</source>
            <translation>Warten beendet. Was schon gesendet wurde, bleibt ausgeführt.</translation>
        </message>
        <message>
            <source>Reading the endpoint failed</source>
            <translation>Das Lesen des Endpunkts ist fehlgeschlagen</translation>
        </message>
        <message>
            <source>The endpoint changed meanwhile; reading it again…</source>
            <translation>Der Endpunkt hat sich inzwischen geändert; er wird neu gelesen…</translation>
        </message>
        <message>
            <source>Setting the traffic weight failed</source>
            <translation>Das Setzen des Traffic-Gewichts ist fehlgeschlagen</translation>
        </message>
        <message>
            <source>Reading the deployment failed</source>
            <translation>Das Lesen der Bereitstellung ist fehlgeschlagen</translation>
        </message>
        <message>
            <source>The deployment changed meanwhile; reading it again…</source>
            <translation>Die Bereitstellung hat sich inzwischen geändert; sie wird neu gelesen…</translation>
        </message>
        <message>
            <source>Changing the replicas failed</source>
            <translation>Das Ändern der Replikate ist fehlgeschlagen</translation>
        </message>
        <message>
            <source>The deployment failed while %1: %2</source>
            <translation>Die Bereitstellung ist fehlgeschlagen (Phase: %1): %2</translation>
        </message>
        <message>
            <source>the server gave no reason</source>
            <translation>der Server nannte keinen Grund</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: %2 (%3)</source>
            <translation>%1: %2 (%3)</translation>
        </message>
        <message>
            <source>A traffic weight cannot be negative.</source>
            <translation>Ein Traffic-Gewicht darf nicht negativ sein.</translation>
        </message>
        <message>
            <source>Setting the traffic weight of %1 to %2…</source>
            <translation>Traffic-Gewicht von %1 wird auf %2 gesetzt…</translation>
        </message>
        <message>
            <source>%1 now has traffic weight %2.</source>
            <translation>%1 hat jetzt das Traffic-Gewicht %2.</translation>
        </message>
        <message>
            <source>%1 gets no traffic now (weight 0).</source>
            <translation>%1 erhält jetzt keinen Traffic (Gewicht 0).</translation>
        </message>
        <message>
            <source>Setting %1 to %2–%3 replicas…</source>
            <translation>%1 wird auf %2–%3 Replikate gesetzt…</translation>
        </message>
        <message>
            <source>Replicas set to %1–%2.</source>
            <translation>Replikate auf %1–%2 gesetzt.</translation>
        </message>
        <message>
            <source>Stopping %1 (0/0 replicas)…</source>
            <translation>%1 wird gestoppt (0/0 Replikate)…</translation>
        </message>
        <message>
            <source>Stopping; nothing is billed once it is stopped.</source>
            <translation>Wird gestoppt; sobald gestoppt, wird nichts berechnet.</translation>
        </message>
        <message>
            <source>Stopping</source>
            <translation>Wird gestoppt</translation>
        </message>
        <message>
            <source>Stopped: no replica runs and nothing is billed.</source>
            <translation>Gestoppt: Kein Replikat läuft, und nichts wird berechnet.</translation>
        </message>
        <message>
            <source>Starting needs at least 1 replica.</source>
            <translation>Zum Starten ist mindestens 1 Replikat nötig.</translation>
        </message>
        <message>
            <source>Deleting deployment %1…</source>
            <translation>Bereitstellung %1 wird gelöscht…</translation>
        </message>
        <message>
            <source>Deleting deployment %1 failed</source>
            <translation>Das Löschen der Bereitstellung %1 ist fehlgeschlagen</translation>
        </message>
        <message>
            <source>Taking %1 out of the traffic split (weight 0)…</source>
            <translation>%1 wird aus der Traffic-Aufteilung genommen (Gewicht 0)…</translation>
        </message>
        <message>
            <source>Stopping %1</source>
            <translation>%1 wird gestoppt</translation>
        </message>
        <message>
            <source>Reading the endpoint's deployments…</source>
            <translation>Die Bereitstellungen des Endpunkts werden gelesen…</translation>
        </message>
        <message>
            <source>Reading the deployments failed</source>
            <translation>Das Lesen der Bereitstellungen ist fehlgeschlagen</translation>
        </message>
        <message>
            <source>Deleting the endpoint…</source>
            <translation>Der Endpunkt wird gelöscht…</translation>
        </message>
        <message>
            <source>Deleting the endpoint failed</source>
            <translation>Das Löschen des Endpunkts ist fehlgeschlagen</translation>
        </message>
        <message>
            <source>The endpoint and its deployments are deleted.</source>
            <translation>Der Endpunkt und seine Bereitstellungen sind gelöscht.</translation>
        </message>
    </context>
    <context>
        <name>td::DmiClient</name>
        <message>
            <source>The server's answer could not be read: %1</source>
            <translation>Die Antwort des Servers ist nicht lesbar: %1</translation>
        </message>
        <message>
            <source>The supported-model list has more than %1 pages; it was not read to its end. Narrow it with a search.</source>
            <translation>Die Liste der unterstützten Modelle hat mehr als %1 Seiten; sie wurde nicht bis zum Ende gelesen. Grenzen Sie sie mit einer Suche ein.</translation>
        </message>
    </context>
    <context>
        <name>td::DmiDeploymentsModel</name>
        <message>
            <source>Endpoint (v2)</source>
            <translation>Endpunkt (v2)</translation>
        </message>
        <message>
            <source>Deployment</source>
            <translation>Bereitstellung</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>Replicas</source>
            <translation>Replikate</translation>
        </message>
        <message>
            <source>Hardware</source>
            <translation>Hardware</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Gewicht</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Ausgegeben</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>(no deployment)</source>
            <translation>(keine Bereitstellung)</translation>
        </message>
        <message>
            <source>%1 ready (%2–%3)</source>
            <translation>%1 bereit (%2–%3)</translation>
        </message>
        <message>
            <source>/h</source>
            <translation>/h</translation>
        </message>
    </context>
    <context>
        <name>td::DmiRules</name>
        <message>
            <source>Replica counts cannot be negative.</source>
            <translation>Replikatzahlen dürfen nicht negativ sein.</translation>
        </message>
        <message>
            <source>A minimum of 0 replicas with a maximum above 0 is not supported (there is no scale to zero): set at least 1 replica, or 0 and 0 to stop the deployment.</source>
            <translation>Ein Minimum von 0 Replikaten mit einem Maximum über 0 wird nicht unterstützt (es gibt kein Skalieren auf null): Setzen Sie mindestens 1 Replikat oder 0 und 0, um die Bereitstellung zu stoppen.</translation>
        </message>
        <message>
            <source>The maximum number of replicas must be at least the minimum.</source>
            <translation>Die Höchstzahl der Replikate muss mindestens die Mindestzahl sein.</translation>
        </message>
        <message>
            <source>The deployment failed, which is final: it cannot be restarted. Delete it and deploy again.</source>
            <translation>Die Bereitstellung ist endgültig fehlgeschlagen: Sie lässt sich nicht neu starten. Löschen Sie sie und stellen Sie erneut bereit.</translation>
        </message>
        <message>
            <source>The deployment is still stopping; it can be started again once it is stopped.</source>
            <translation>Die Bereitstellung stoppt noch; sie lässt sich wieder starten, sobald sie gestoppt ist.</translation>
        </message>
        <message>
            <source>The deployment is not stopped (%1): only a stopped deployment can be started.</source>
            <translation>Die Bereitstellung ist nicht gestoppt (%1): Nur eine gestoppte Bereitstellung lässt sich starten.</translation>
        </message>
        <message>
            <source>Together no longer creates or restarts dedicated endpoints of the first kind (v1) since July 2026 (403 endpoints_v1_create_access_disabled). Running v1 endpoints keep serving and can still be used for chat, stopped and deleted. Deploy the model on a dedicated endpoint v2 instead.</source>
            <translation>Together legt seit Juli 2026 keine dedizierten Endpunkte der ersten Art (v1) mehr an und startet sie nicht mehr neu (403 endpoints_v1_create_access_disabled). Laufende v1-Endpunkte bedienen weiter und lassen sich noch zum Chatten nutzen, stoppen und löschen. Stellen Sie das Modell stattdessen auf einem dedizierten Endpunkt v2 bereit.</translation>
        </message>
    </context>
    <context>
        <name>td::DmiSection</name>
        <message>
            <source>Stop</source>
            <translation>Stopp</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Starten</translation>
        </message>
        <message>
            <source>Sca&amp;le…</source>
            <translation>Ska&amp;lieren…</translation>
        </message>
        <message>
            <source>Even&amp;ts…</source>
            <translation>Ereig&amp;nisse…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Löschen…</translation>
        </message>
        <message>
            <source>Open in Playground</source>
            <translation>Im Playground öffnen</translation>
        </message>
        <message>
            <source>Dedicated endpoints v2 and their deployments</source>
            <translation>Dedizierte Endpunkte v2 und ihre Bereitstellungen</translation>
        </message>
        <message>
            <source>Deploy a model from the supported-model catalogue on a dedicated endpoint v2 (a finished fine-tune: Deploy on its job page)</source>
            <translation>Ein Modell aus dem Katalog der unterstützten Modelle auf einem dedizierten Endpunkt v2 bereitstellen (ein fertiges Fine-Tuning: Bereitstellen auf seiner Job-Seite)</translation>
        </message>
        <message>
            <source>Stop the selected v2 deployment</source>
            <translation>Die ausgewählte v2-Bereitstellung stoppen</translation>
        </message>
        <message>
            <source>Start the selected v2 deployment</source>
            <translation>Die ausgewählte v2-Bereitstellung starten</translation>
        </message>
        <message>
            <source>Delete the selected v2 endpoint</source>
            <translation>Den ausgewählten v2-Endpunkt löschen</translation>
        </message>
        <message>
            <source>Open the selected v2 deployment in the playground</source>
            <translation>Die ausgewählte v2-Bereitstellung im Playground öffnen</translation>
        </message>
        <message>
            <source>Scale to 0/0 replicas: a stopped deployment costs nothing and can be started again</source>
            <translation>Auf 0/0 Replikate skalieren: Eine gestoppte Bereitstellung kostet nichts und lässt sich wieder starten</translation>
        </message>
        <message>
            <source>Minimum and maximum replicas: Together scales between them under load</source>
            <translation>Mindest- und Höchstzahl der Replikate: Together skaliert unter Last dazwischen</translation>
        </message>
        <message>
            <source>What happened to the endpoint's deployments: provisioning, scaling, failures</source>
            <translation>Was mit den Bereitstellungen des Endpunkts geschah: Einrichtung, Skalierung, Fehler</translation>
        </message>
        <message>
            <source>Stops every deployment, takes it out of the traffic split, deletes it, then the endpoint</source>
            <translation>Stoppt jede Bereitstellung, nimmt sie aus der Traffic-Aufteilung, löscht sie und dann den Endpunkt</translation>
        </message>
        <message>
            <source>Deploy on v2</source>
            <translation>Auf v2 bereitstellen</translation>
        </message>
        <message>
            <source>Model from the supported-model catalogue:</source>
            <translation>Modell aus dem Katalog der unterstützten Modelle:</translation>
        </message>
        <message>
            <source>Dedicated endpoints v2: not connected.</source>
            <translation>Dedizierte Endpunkte v2: nicht verbunden.</translation>
        </message>
        <message>
            <source>Dedicated endpoints v2 could not be read (%1); showing what was last known.</source>
            <translation>Dedizierte Endpunkte v2 ließen sich nicht lesen (%1); angezeigt wird der letzte bekannte Stand.</translation>
        </message>
        <message>
            <source>Loading dedicated endpoints v2…</source>
            <translation>Dedizierte Endpunkte v2 werden geladen…</translation>
        </message>
        <message>
            <source>No dedicated endpoints v2 in project %1. Deploy a finished fine-tune from its job page, or a catalogue model with Deploy on v2.</source>
            <translation>Keine dedizierten Endpunkte v2 im Projekt %1. Stellen Sie ein fertiges Fine-Tuning auf seiner Job-Seite bereit oder ein Katalogmodell mit „Auf v2 bereitstellen“.</translation>
        </message>
        <message>
            <source>Dedicated endpoints v2 in project %1:</source>
            <translation>Dedizierte Endpunkte v2 im Projekt %1:</translation>
        </message>
        <message>
            <source>v2: nothing running; $%1 spent while watched.</source>
            <translation>v2: nichts läuft; %1 $ ausgegeben während der Beobachtung.</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;v2: %n running: $%1/h&lt;/b&gt; · $%2 spent while watched</source>
            <translation>
                <numerusform>&lt;b&gt;v2: %n läuft: %1 $/h&lt;/b&gt; · %2 $ ausgegeben während der Beobachtung</numerusform>
                <numerusform>&lt;b&gt;v2: %n laufen: %1 $/h&lt;/b&gt; · %2 $ ausgegeben während der Beobachtung</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n v2 deployment(s) running: $%1/h</source>
            <translation>
                <numerusform>%n v2-Bereitstellung läuft: %1 $/h</numerusform>
                <numerusform>%n v2-Bereitstellungen laufen: %1 $/h</numerusform>
            </translation>
        </message>
        <message>
            <source>Dedicated Endpoints v2</source>
            <translation>Dedizierte Endpunkte v2</translation>
        </message>
        <message>
            <source>Stop Deployment</source>
            <translation>Bereitstellung stoppen</translation>
        </message>
        <message>
            <source>Stop %1 (0/0 replicas)? Requests to it fail until it is started again, which takes minutes. A stopped deployment is not billed.</source>
            <translation>%1 stoppen (0/0 Replikate)? Anfragen schlagen fehl, bis sie wieder gestartet ist, was Minuten dauert. Eine gestoppte Bereitstellung wird nicht berechnet.</translation>
        </message>
        <message>
            <source>Start Deployment</source>
            <translation>Bereitstellung starten</translation>
        </message>
        <message>
            <source>Delete Endpoint</source>
            <translation>Endpunkt löschen</translation>
        </message>
        <message numerus="yes">
            <source>Delete %1 and its %n deployment(s)? Each is stopped (0/0) and waited for, taken out of the traffic split and deleted; then the endpoint. This cannot be undone.</source>
            <translation>
                <numerusform>%1 und seine %n Bereitstellung löschen? Jede wird gestoppt (0/0) und abgewartet, aus der Traffic-Aufteilung genommen und gelöscht; dann der Endpunkt. Das lässt sich nicht rückgängig machen.</numerusform>
                <numerusform>%1 und seine %n Bereitstellungen löschen? Jede wird gestoppt (0/0) und abgewartet, aus der Traffic-Aufteilung genommen und gelöscht; dann der Endpunkt. Das lässt sich nicht rückgängig machen.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is not ready; requests to it fail.</source>
            <translation>%1 ist nicht bereit; Anfragen daran schlagen fehl.</translation>
        </message>
        <message>
            <source>Deploy</source>
            <translation>Bereitstellen</translation>
        </message>
        <message>
            <source>Not connected to Together: set up the connection first.</source>
            <translation>Nicht mit Together verbunden: Richten Sie zuerst die Verbindung ein.</translation>
        </message>
        <message>
            <source> at $%1 per hour</source>
            <translation> zu %1 $ pro Stunde</translation>
        </message>
        <message>
            <source>Start %1 with one replica%2? It is billed from the moment it is ready until you stop it.</source>
            <translation>%1 mit einer Replik%2 starten? Abgerechnet wird ab dem Moment, in dem es bereit ist, bis Sie es stoppen.</translation>
        </message>
        <message>
            <source>Deploy on v&amp;2…</source>
            <translation>Auf v&amp;2 bereitstellen…</translation>
        </message>
    </context>
    <context>
        <name>td::EditJournal</name>
        <message>
            <source>Cannot create the edit journal</source>
            <translation>Das Änderungsjournal kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>Cannot write the edit journal</source>
            <translation>Das Änderungsjournal kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>Cannot create the folder of the edit journals</source>
            <translation>Der Ordner der Änderungsjournale kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>%1 is not a folder; edits are not journaled</source>
            <translation>%1 ist kein Ordner; Änderungen werden nicht protokolliert</translation>
        </message>
        <message>
            <source>Cannot make the edit journals private</source>
            <translation>Die Änderungsjournale können nicht privat gemacht werden</translation>
        </message>
    </context>
    <context>
        <name>td::EndpointMonitor</name>
        <message>
            <source>Creating the endpoint</source>
            <translation>Das Anlegen des Endpunkts</translation>
        </message>
        <message>
            <source>Starting the endpoint</source>
            <translation>Das Starten des Endpunkts</translation>
        </message>
        <message>
            <source>Stopping the endpoint</source>
            <translation>Das Stoppen des Endpunkts</translation>
        </message>
        <message>
            <source>Deleting the endpoint</source>
            <translation>Das Löschen des Endpunkts</translation>
        </message>
    </context>
    <context>
        <name>td::EndpointsModel</name>
        <message>
            <source>Pending</source>
            <translation>Wartend</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Startet…</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Läuft</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Stoppt…</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Gestoppt</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unbekannt</translation>
        </message>
        <message>
            <source>Chat model name: %1
Id: %2</source>
            <translation>Modellname für Chats: %1
ID: %2</translation>
        </message>
        <message>
            <source>$%1/h</source>
            <translation>%1 $/h</translation>
        </message>
        <message>
            <source>%1 · $%2 so far</source>
            <translation>%1 · bisher %2 $</translation>
        </message>
        <message>
            <source>Endpoint</source>
            <translation>Endpunkt</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>Hardware</source>
            <translation>Hardware</translation>
        </message>
        <message>
            <source>Replicas</source>
            <translation>Replikate</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <source>%1 · $%2 spent</source>
            <translation>%1 · %2 $ ausgegeben</translation>
        </message>
    </context>
    <context>
        <name>td::EndpointsPane</name>
        <message>
            <source>Connections…</source>
            <translation>Verbindungen …</translation>
        </message>
        <message>
            <source>&amp;New Endpoint…</source>
            <translation>&amp;Neuer Endpunkt…</translation>
        </message>
        <message>
            <source>St&amp;art</source>
            <translation>St&amp;arten</translation>
        </message>
        <message>
            <source>St&amp;op</source>
            <translation>St&amp;oppen</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Löschen …</translation>
        </message>
        <message>
            <source>Open in &amp;Playground</source>
            <translation>Im &amp;Playground öffnen</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>Ak&amp;tualisieren</translation>
        </message>
        <message>
            <source>Chat with this endpoint (it must be running)</source>
            <translation>Mit diesem Endpunkt chatten (er muss laufen)</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n dedicated endpoint(s).</source>
            <translation>
                <numerusform>%1: %n dedizierter Endpunkt.</numerusform>
                <numerusform>%1: %n dedizierte Endpunkte.</numerusform>
            </translation>
        </message>
        <message>
            <source>The list could not be refreshed (%1); showing what was last known.</source>
            <translation>Die Liste konnte nicht aktualisiert werden (%1); angezeigt wird der letzte bekannte Stand.</translation>
        </message>
        <message>
            <source>Endpoints</source>
            <translation>Endpunkte</translation>
        </message>
        <message>
            <source>%1 failed: %2</source>
            <translation>%1 ist fehlgeschlagen: %2</translation>
        </message>
        <message>
            <source>An endpoint is idle</source>
            <translation>Ein Endpunkt ist untätig</translation>
        </message>
        <message numerus="yes">
            <source>%1 has had no requests from TuneDesk for %n minute(s) and is still running (and billed). Stop it in the Endpoints pane if you no longer need it.</source>
            <translation>
                <numerusform>%1 hat seit %n Minute keine Anfrage von TuneDesk erhalten und läuft noch (und wird berechnet). Stoppen Sie ihn unter „Endpunkte“, wenn Sie ihn nicht mehr brauchen.</numerusform>
                <numerusform>%1 hat seit %n Minuten keine Anfrage von TuneDesk erhalten und läuft noch (und wird berechnet). Stoppen Sie ihn unter „Endpunkte“, wenn Sie ihn nicht mehr brauchen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not connected: %1</source>
            <translation>Nicht verbunden: %1</translation>
        </message>
        <message>
            <source>Stop Endpoint</source>
            <translation>Endpunkt stoppen</translation>
        </message>
        <message>
            <source>Delete Endpoint</source>
            <translation>Endpunkt löschen</translation>
        </message>
        <message>
            <source>Delete %1? This cannot be undone; a new endpoint would get a new name.</source>
            <translation>%1 löschen? Das lässt sich nicht rückgängig machen; ein neuer Endpunkt bekäme einen neuen Namen.</translation>
        </message>
        <message>
            <source>Open in Playground</source>
            <translation>Im Playground öffnen</translation>
        </message>
        <message>
            <source>%1 is not running. Start it first; requests to a stopped endpoint fail.</source>
            <translation>%1 läuft nicht. Starten Sie ihn zuerst; Anfragen an einen gestoppten Endpunkt schlagen fehl.</translation>
        </message>
        <message numerus="yes">
            <source>%n endpoint(s) running: $%1/h</source>
            <translation>
                <numerusform>%n Endpunkt läuft: %1 $/h</numerusform>
                <numerusform>%n Endpunkte laufen: %1 $/h</numerusform>
            </translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>Remind me when a running endpoint has had no request from TuneDesk for this long</source>
            <translation>Erinnern, wenn ein laufender Endpunkt so lange keine Anfrage von TuneDesk erhalten hat</translation>
        </message>
        <message>
            <source>Idle reminder after:</source>
            <translation>Erinnerung bei Untätigkeit nach:</translation>
        </message>
        <message>
            <source>Dedicated endpoints</source>
            <translation>Dedizierte Endpunkte</translation>
        </message>
        <message>
            <source>Stop it: a stopped endpoint costs nothing. Together no longer restarts v1 endpoints (since July 2026): to serve the model again, deploy it on v2</source>
            <translation>Stoppen: Ein gestoppter Endpunkt kostet nichts. Together startet v1-Endpunkte nicht mehr neu (seit Juli 2026): Um das Modell wieder bereitzustellen, stellen Sie es auf v2 bereit</translation>
        </message>
        <message>
            <source>Remind me after idle minutes</source>
            <translation>Nach Minuten der Untätigkeit erinnern</translation>
        </message>
        <message>
            <source>v1: nothing running.</source>
            <translation>v1: nichts läuft.</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;v1: %n running: $%1/h&lt;/b&gt; · about $%2 spent so far</source>
            <translation>
                <numerusform>&lt;b&gt;v1: %n läuft: %1 $/h&lt;/b&gt; · bisher etwa %2 $ ausgegeben</numerusform>
                <numerusform>&lt;b&gt;v1: %n laufen: %1 $/h&lt;/b&gt; · bisher etwa %2 $ ausgegeben</numerusform>
            </translation>
        </message>
        <message>
            <source>Stop %1? This is a v1 endpoint: since July 2026 Together no longer starts v1 endpoints again, so requests to it will fail for good. To serve the model afterwards, deploy it on v2.</source>
            <translation>%1 stoppen? Dies ist ein v1-Endpunkt: Seit Juli 2026 startet Together v1-Endpunkte nicht mehr, Anfragen daran schlagen also endgültig fehl. Um das Modell danach bereitzustellen, stellen Sie es auf v2 bereit.</translation>
        </message>
        <message>
            <source>Dedicated Endpoints v1 Are Retired</source>
            <translation>Dedizierte Endpunkte v1 sind eingestellt</translation>
        </message>
        <message>
            <source>Deploy %1 on a dedicated endpoint v2 now?</source>
            <translation>%1 jetzt auf einem dedizierten Endpunkt v2 bereitstellen?</translation>
        </message>
        <message>
            <source>Try the &amp;Demo Connection</source>
            <translation>Demo-Verbindung aus&amp;probieren</translation>
        </message>
        <message>
            <source>A local server that behaves like Together: no account, nothing leaves this machine</source>
            <translation>Ein lokaler Server, der sich wie Together verhält: kein Konto, nichts verlässt diesen Rechner</translation>
        </message>
        <message>
            <source>&amp;Connect to Together…</source>
            <translation>Mit Together &amp;verbinden…</translation>
        </message>
        <message>
            <source>No dedicated endpoints on %1. Serverless models and LoRA fine-tunes need none; a full fine-tune or a model without serverless inference does: deploy it on v2 below, or with Deploy… on its job page.</source>
            <translation>Keine dedizierten Endpunkte bei %1. Serverlose Modelle und LoRA-Fine-Tunings brauchen keinen; ein volles Fine-Tuning oder ein Modell ohne serverlose Inferenz schon: Stellen Sie es unten auf v2 bereit oder mit „Bereitstellen…“ auf seiner Job-Seite.</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>Verbinde mit %1…</translation>
        </message>
        <message>
            <source>Not connected to %1</source>
            <translation>Nicht mit %1 verbunden</translation>
        </message>
        <message>
            <source>%1

Dedicated endpoints serve a model on hardware of its own, billed while they run. Connect with your Together API key, or try the demo connection to see how it works without an account.</source>
            <translation>%1

Dedizierte Endpunkte betreiben ein Modell auf eigener Hardware und werden berechnet, solange sie laufen. Verbinden Sie sich mit Ihrem Together-API-Schlüssel oder probieren Sie die Demo-Verbindung aus, um ohne Konto zu sehen, wie es funktioniert.</translation>
        </message>
        <message>
            <source>Loading endpoints from %1…</source>
            <translation>Endpunkte werden von %1 geladen…</translation>
        </message>
    </context>
    <context>
        <name>td::Error</name>
        <message>
            <source>permission denied</source>
            <translation>keine Berechtigung</translation>
        </message>
        <message>
            <source>the file or folder does not exist</source>
            <translation>die Datei oder der Ordner existiert nicht</translation>
        </message>
        <message>
            <source>the disk is full; free some space or choose another disk</source>
            <translation>der Datenträger ist voll; geben Sie Platz frei oder wählen Sie einen anderen Datenträger</translation>
        </message>
        <message>
            <source>your disk quota is used up; free some space or choose another disk</source>
            <translation>Ihr Speicherkontingent ist aufgebraucht; geben Sie Platz frei oder wählen Sie einen anderen Datenträger</translation>
        </message>
        <message>
            <source>the file system is read-only; choose a folder on another disk</source>
            <translation>das Dateisystem ist schreibgeschützt; wählen Sie einen Ordner auf einem anderen Datenträger</translation>
        </message>
    </context>
    <context>
        <name>td::EvalBatch</name>
        <message>
            <source>%1 cannot be written: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Uploading %1 requests for the Batch API</source>
            <translation>%1 Anfragen für die Batch-API werden hochgeladen</translation>
        </message>
        <message>
            <source>The batch file could not be uploaded: %1</source>
            <translation>Die Batch-Datei konnte nicht hochgeladen werden: %1</translation>
        </message>
        <message>
            <source>Together did not start the batch: %1</source>
            <translation>Together hat den Batch nicht gestartet: %1</translation>
        </message>
        <message>
            <source>Together's answer named no batch.</source>
            <translation>Die Antwort von Together nannte keinen Batch.</translation>
        </message>
        <message>
            <source>The batch's status could not be read: %1</source>
            <translation>Der Status des Batches konnte nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Batch %1: %2 (%3 %)</source>
            <translation>Batch %1: %2 (%3 %)</translation>
        </message>
        <message>
            <source>The batch finished without an output file.</source>
            <translation>Der Batch wurde ohne Ausgabedatei beendet.</translation>
        </message>
        <message>
            <source>The batch ended %1: %2</source>
            <translation>Der Batch endete mit %1: %2</translation>
        </message>
        <message>
            <source>The batch's results could not be read: %1</source>
            <translation>Die Ergebnisse des Batches konnten nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>The batch gave no answer for this row (status %1).</source>
            <translation>Der Batch lieferte keine Antwort für diese Zeile (Status %1).</translation>
        </message>
        <message>
            <source>Batch %1: reading its answers…</source>
            <translation>Batch %1: Antworten werden gelesen …</translation>
        </message>
    </context>
    <context>
        <name>td::EvalDefinition</name>
        <message>
            <source>Choose the dataset whose rows the models answer.</source>
            <translation>Wählen Sie den Datensatz, dessen Zeilen die Modelle beantworten sollen.</translation>
        </message>
        <message>
            <source>An evaluation compares %1 to %2 models; %3 were chosen.</source>
            <translation>Eine Evaluierung vergleicht %1 bis %2 Modelle; gewählt wurden %3.</translation>
        </message>
        <message>
            <source>%1 is chosen twice; choose another model to compare with.</source>
            <translation>%1 ist zweimal gewählt; wählen Sie ein anderes Modell zum Vergleich.</translation>
        </message>
        <message>
            <source>A model's concurrency must be at least 1.</source>
            <translation>Die Parallelität eines Modells muss mindestens 1 sein.</translation>
        </message>
        <message>
            <source>Set a seed: every model is asked with the same one, so that answers can be repeated.</source>
            <translation>Legen Sie einen Startwert fest: Jedes Modell wird mit demselben gefragt, damit sich die Antworten wiederholen lassen.</translation>
        </message>
        <message>
            <source>Say how many rows to sample (at least 1).</source>
            <translation>Geben Sie an, wie viele Zeilen die Stichprobe umfassen soll (mindestens 1).</translation>
        </message>
        <message>
            <source>The list of rows is empty.</source>
            <translation>Die Liste der Zeilen ist leer.</translation>
        </message>
        <message>
            <source>The fine-tune to judge is not one of the models.</source>
            <translation>Das zu bewertende Fine-Tune ist keines der Modelle.</translation>
        </message>
        <message>
            <source>The run's definition is not a JSON object.</source>
            <translation>Die Definition des Laufs ist kein JSON-Objekt.</translation>
        </message>
        <message>
            <source>%1 is a v2 deployment: the Batch API does not serve it; ask it directly.</source>
            <translation>%1 ist ein v2-Deployment: Die Batch-API bedient es nicht; fragen Sie es direkt.</translation>
        </message>
        <message>
            <source>Model %1 has no name: choose one from its list or type it.</source>
            <translation>Modell %1 hat keinen Namen: Wählen Sie einen aus seiner Liste, oder tippen Sie ihn ein.</translation>
        </message>
    </context>
    <context>
        <name>td::EvalEstimate</name>
        <message>
            <source>about %1 (at most %2)</source>
            <translation>etwa %1 (höchstens %2)</translation>
        </message>
        <message>
            <source>price unknown</source>
            <translation>Preis unbekannt</translation>
        </message>
        <message>
            <source>%1: %2 requests, ~%3 prompt tokens, ~%4 answer tokens (at most %5), %6</source>
            <translation>%1: %2 Anfragen, ~%3 Prompt-Tokens, ~%4 Antwort-Tokens (höchstens %5), %6</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) cannot be asked (no answer at the chosen position, or not a conversation).</source>
            <translation>
                <numerusform>%n Zeile kann nicht gefragt werden (keine Antwort an der gewählten Stelle oder keine Unterhaltung).</numerusform>
                <numerusform>%n Zeilen können nicht gefragt werden (keine Antwort an der gewählten Stelle oder keine Unterhaltung).</numerusform>
            </translation>
        </message>
        <message>
            <source>Warning: %1 is not served: %2. Its requests will fail until it is deployed.</source>
            <translation>Warnung: %1 ist nicht verfügbar: %2. Anfragen daran schlagen fehl, bis es bereitgestellt ist.</translation>
        </message>
        <message>
            <source>, through the Batch API (priced here as asked directly; answers when the batch ends)</source>
            <translation>, über die Batch-API (hier zum Preis direkter Anfragen; Antworten, wenn der Batch endet)</translation>
        </message>
        <message>
            <source>under %1</source>
            <translation>unter %1</translation>
        </message>
    </context>
    <context>
        <name>td::EvalExport</name>
        <message>
            <source>%1 cannot be written: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source> (error)</source>
            <translation> (Fehler)</translation>
        </message>
        <message>
            <source>tie</source>
            <translation>Gleichstand</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
    </context>
    <context>
        <name>td::EvalGridModel</name>
        <message>
            <source>Failed: %1</source>
            <translation>Fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>Streaming…</source>
            <translation>Wird gestreamt…</translation>
        </message>
        <message>
            <source>Not answered yet</source>
            <translation>Noch nicht beantwortet</translation>
        </message>
        <message numerus="yes">
            <source>Failed after %n attempt(s): %1</source>
            <translation>
                <numerusform>Fehlgeschlagen nach %n Versuch: %1</numerusform>
                <numerusform>Fehlgeschlagen nach %n Versuchen: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>first token after %1 ms</source>
            <translation>erstes Token nach %1 ms</translation>
        </message>
        <message>
            <source>%1 ms in all</source>
            <translation>%1 ms insgesamt</translation>
        </message>
        <message>
            <source>%1 prompt + %2 answer tokens</source>
            <translation>%1 Prompt- + %2 Antwort-Tokens</translation>
        </message>
        <message>
            <source>exact match</source>
            <translation>genaue Übereinstimmung</translation>
        </message>
        <message>
            <source>normalised match</source>
            <translation>normalisierte Übereinstimmung</translation>
        </message>
        <message>
            <source>a refusal</source>
            <translation>eine Ablehnung</translation>
        </message>
        <message>
            <source>Not asked: %1</source>
            <translation>Nicht gefragt: %1</translation>
        </message>
        <message>
            <source>[good] </source>
            <translation>[gut] </translation>
        </message>
        <message>
            <source>[bad] </source>
            <translation>[schlecht] </translation>
        </message>
        <message>
            <source>tie</source>
            <translation>Gleichstand</translation>
        </message>
        <message>
            <source>%1 better</source>
            <translation>%1 besser</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Prompt</translation>
        </message>
        <message>
            <source>Dataset's answer</source>
            <translation>Antwort des Datensatzes</translation>
        </message>
        <message>
            <source>%1: %2%3</source>
            <translation>%1: %2%3</translation>
        </message>
        <message>
            <source> (fine-tune)</source>
            <translation> (Fine-Tuning)</translation>
        </message>
        <message>
            <source>Your pick</source>
            <translation>Ihre Wahl</translation>
        </message>
        <message>
            <source>%L1 tokens/s</source>
            <translation>%L1 Token/s</translation>
        </message>
        <message>
            <source>through the Batch API</source>
            <translation>über die Batch-API</translation>
        </message>
    </context>
    <context>
        <name>td::EvalGridView</name>
        <message>
            <source>Evaluation results</source>
            <translation>Evaluierungsergebnisse</translation>
        </message>
        <message>
            <source>Pick the better answer (model 1 to 4)</source>
            <translation>Die bessere Antwort wählen (Modell 1 bis 4)</translation>
        </message>
        <message>
            <source>Call it a tie</source>
            <translation>Unentschieden werten</translation>
        </message>
        <message>
            <source>Mark the answer good / bad</source>
            <translation>Die Antwort als gut / schlecht markieren</translation>
        </message>
        <message>
            <source>Open the row in the playground</source>
            <translation>Die Zeile im Playground öffnen</translation>
        </message>
    </context>
    <context>
        <name>td::EvalJournal</name>
        <message>
            <source>The results file %1 cannot be read: %2</source>
            <translation>Die Ergebnisdatei %1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>Opening the results file %1</source>
            <translation>Öffnen der Ergebnisdatei %1</translation>
        </message>
        <message>
            <source>Repairing the results file %1</source>
            <translation>Reparieren der Ergebnisdatei %1</translation>
        </message>
        <message>
            <source>The results file is not open.</source>
            <translation>Die Ergebnisdatei ist nicht geöffnet.</translation>
        </message>
        <message>
            <source>Writing the results file %1</source>
            <translation>Schreiben der Ergebnisdatei %1</translation>
        </message>
    </context>
    <context>
        <name>td::EvalJudge</name>
        <message>
            <source>The judge's prompt must contain %1: that is where the answers it compares go.</source>
            <translation>Der Prompt des Bewerters muss %1 enthalten: Dort werden die Antworten eingesetzt, die er vergleicht.</translation>
        </message>
    </context>
    <context>
        <name>td::EvalPane</name>
        <message>
            <source>running</source>
            <translation>läuft</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>pausiert</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>fertig</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>nicht gestartet</translation>
        </message>
        <message>
            <source>R&amp;un:</source>
            <translation>&amp;Lauf:</translation>
        </message>
        <message>
            <source>Evaluation runs</source>
            <translation>Evaluierungsläufe</translation>
        </message>
        <message>
            <source>&amp;New Evaluation…</source>
            <translation>&amp;Neue Evaluierung…</translation>
        </message>
        <message>
            <source>Evaluate rows of the open dataset (also Edit › Evaluate Rows…, and Evaluate against Its Base on a finished job's page)</source>
            <translation>Zeilen des offenen Datensatzes evaluieren (auch Bearbeiten › Zeilen evaluieren… und „Gegen die Basis evaluieren“ auf der Seite eines fertigen Jobs)</translation>
        </message>
        <message>
            <source>&amp;Run</source>
            <translation>A&amp;usführen</translation>
        </message>
        <message>
            <source>Ask what is still missing (after a pause, a cancel or a restart)</source>
            <translation>Nach dem fragen, was noch fehlt (nach einer Pause, einem Abbruch oder einem Neustart)</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>&amp;Pause</translation>
        </message>
        <message>
            <source>&amp;Cancel Run</source>
            <translation>Lauf abbre&amp;chen</translation>
        </message>
        <message>
            <source>Answers received</source>
            <translation>Erhaltene Antworten</translation>
        </message>
        <message>
            <source>The current row in full</source>
            <translation>Die aktuelle Zeile vollständig</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>Judge model</source>
            <translation>Bewertermodell</translation>
        </message>
        <message>
            <source>&amp;Judge</source>
            <translation>Be&amp;werten</translation>
        </message>
        <message>
            <source>Ask the judge model about every pair with the fine-tune, in both orders</source>
            <translation>Das Bewertermodell zu jedem Paar mit dem Fine-Tuning befragen, in beiden Reihenfolgen</translation>
        </message>
        <message>
            <source>Rows the fine-tune &amp;lost first</source>
            <translation>Zeilen, die das Fine-Tuning &amp;verloren hat, zuerst</translation>
        </message>
        <message>
            <source>&amp;Add to Dataset</source>
            <translation>In den Daten&amp;satz</translation>
        </message>
        <message>
            <source>Answers Marked Good as Training Rows</source>
            <translation>Als gut markierte Antworten als Trainingszeilen</translation>
        </message>
        <message>
            <source>Good against Bad Answers as Preference Rows</source>
            <translation>Gute gegen schlechte Antworten als Präferenzzeilen</translation>
        </message>
        <message>
            <source>Your Picks as Preference Rows</source>
            <translation>Ihre Wahl als Präferenzzeilen</translation>
        </message>
        <message>
            <source>Rows the Fine-Tune Lost (Judge) as Training Rows</source>
            <translation>Vom Fine-Tuning verlorene Zeilen (Bewerter) als Trainingszeilen</translation>
        </message>
        <message>
            <source>Keys: 1–4 pick the better answer, 0 a tie, G / B mark the answer under the cursor good or bad, Enter opens the row in the playground.</source>
            <translation>Tasten: 1–4 wählen die bessere Antwort, 0 einen Gleichstand, G / B markieren die Antwort unter dem Cursor als gut oder schlecht, Eingabe öffnet die Zeile im Playground.</translation>
        </message>
        <message>
            <source>%1 — %2 models, %3 (%4)</source>
            <translation>%1 — %2 Modelle, %3 (%4)</translation>
        </message>
        <message>
            <source>Pause or cancel the run in progress before opening another one.</source>
            <translation>Pausieren oder brechen Sie den laufenden Lauf ab, bevor Sie einen anderen öffnen.</translation>
        </message>
        <message>
            <source>%1: %2 of %3 answers, %4 failed (%5).</source>
            <translation>%1: %2 von %3 Antworten, %4 fehlgeschlagen (%5).</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Verbinde …</translation>
        </message>
        <message>
            <source>Done: %1 answers, %2 failed. Review with 1–4 and 0, or ask a judge.</source>
            <translation>Fertig: %1 Antworten, %2 fehlgeschlagen. Prüfen Sie mit 1–4 und 0 oder fragen Sie einen Bewerter.</translation>
        </message>
        <message>
            <source>The run stopped: %1</source>
            <translation>Der Lauf wurde angehalten: %1</translation>
        </message>
        <message>
            <source>Resumed.</source>
            <translation>Fortgesetzt.</translation>
        </message>
        <message>
            <source>Paused: the answers on their way still come in; nothing new is asked.</source>
            <translation>Pausiert: Bereits angefragte Antworten kommen noch an; nichts Neues wird gefragt.</translation>
        </message>
        <message>
            <source>Cancelled. Run asks what is missing, whenever you like.</source>
            <translation>Abgebrochen. „Ausführen“ fragt jederzeit nach dem, was fehlt.</translation>
        </message>
        <message>
            <source>Name a judge model first.</source>
            <translation>Nennen Sie zuerst ein Bewertermodell.</translation>
        </message>
        <message>
            <source>Connecting to the judge…</source>
            <translation>Verbinde mit dem Bewerter…</translation>
        </message>
        <message>
            <source>Judging: %1 of %2 comparisons</source>
            <translation>Bewertung: %1 von %2 Vergleichen</translation>
        </message>
        <message>
            <source>Judged: %1 comparisons, %2 failed (counted in the summary).</source>
            <translation>Bewertet: %1 Vergleiche, %2 fehlgeschlagen (in der Zusammenfassung gezählt).</translation>
        </message>
        <message>
            <source>Row %1: a tie.</source>
            <translation>Zeile %1: Gleichstand.</translation>
        </message>
        <message>
            <source>Row %1: %2 is better.</source>
            <translation>Zeile %1: %2 ist besser.</translation>
        </message>
        <message>
            <source>Move to an answer (a model's column) to mark it good or bad.</source>
            <translation>Gehen Sie zu einer Antwort (der Spalte eines Modells), um sie als gut oder schlecht zu markieren.</translation>
        </message>
        <message>
            <source>Only an answer can be marked; this one has not come (or failed).</source>
            <translation>Nur eine Antwort lässt sich markieren; diese ist nicht gekommen (oder fehlgeschlagen).</translation>
        </message>
        <message>
            <source>Row %1: the mark is taken back.</source>
            <translation>Zeile %1: Markierung zurückgenommen.</translation>
        </message>
        <message>
            <source>Row %1: marked good.</source>
            <translation>Zeile %1: als gut markiert.</translation>
        </message>
        <message>
            <source>Row %1: marked bad.</source>
            <translation>Zeile %1: als schlecht markiert.</translation>
        </message>
        <message>
            <source>This row was not asked; there is nothing to try.</source>
            <translation>Diese Zeile wurde nicht gefragt; es gibt nichts auszuprobieren.</translation>
        </message>
        <message>
            <source>row %1 of evaluation %2</source>
            <translation>Zeile %1 von Evaluierung %2</translation>
        </message>
        <message>
            <source>Prompt (row %1)</source>
            <translation>Prompt (Zeile %1)</translation>
        </message>
        <message>
            <source>Dataset's answer</source>
            <translation>Antwort des Datensatzes</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) the fine-tune lost come first.</source>
            <translation>
                <numerusform>%n Zeile, die das Fine-Tuning verloren hat, kommt zuerst.</numerusform>
                <numerusform>%n Zeilen, die das Fine-Tuning verloren hat, kommen zuerst.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 answers, %3 failed</source>
            <translation>%1 von %2 Antworten, %3 fehlgeschlagen</translation>
        </message>
        <message>
            <source>Res&amp;ume</source>
            <translation>&amp;Fortsetzen</translation>
        </message>
        <message>
            <source>Add Good Answers from Evaluation</source>
            <translation>Gute Antworten aus der Evaluierung hinzufügen</translation>
        </message>
        <message>
            <source>Add Preference Rows from Marked Answers</source>
            <translation>Präferenzzeilen aus markierten Antworten hinzufügen</translation>
        </message>
        <message>
            <source>Add Preference Rows from Your Picks</source>
            <translation>Präferenzzeilen aus Ihrer Wahl hinzufügen</translation>
        </message>
        <message>
            <source>Add Rows the Fine-Tune Lost as Training Rows</source>
            <translation>Vom Fine-Tuning verlorene Zeilen als Trainingszeilen hinzufügen</translation>
        </message>
        <message>
            <source>No answer is marked good yet (G on an answer).</source>
            <translation>Noch keine Antwort ist als gut markiert (G auf einer Antwort).</translation>
        </message>
        <message>
            <source>No row has both a good and a bad answer yet (G and B).</source>
            <translation>Noch keine Zeile hat eine gute und eine schlechte Antwort (G und B).</translation>
        </message>
        <message>
            <source>No row is picked yet (1–4 on a row).</source>
            <translation>Noch keine Zeile gewählt (1–4 auf einer Zeile).</translation>
        </message>
        <message>
            <source>No judge found the fine-tune worse on any row.</source>
            <translation>Kein Bewerter fand das Fine-Tuning in irgendeiner Zeile schlechter.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) added to the dataset (one Undo removes them).</source>
            <translation>
                <numerusform>%n Zeile zum Datensatz hinzugefügt (ein Rückgängig entfernt sie).</numerusform>
                <numerusform>%n Zeilen zum Datensatz hinzugefügt (ein Rückgängig entfernt sie).</numerusform>
            </translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>E&amp;xportieren</translation>
        </message>
        <message>
            <source>Write the whole run (every answer, its scores and cost, every verdict) to a file</source>
            <translation>Den ganzen Lauf (jede Antwort mit Bewertungen und Kosten, jedes Urteil) in eine Datei schreiben</translation>
        </message>
        <message>
            <source>Whole Run as CSV (Spreadsheets)…</source>
            <translation>Ganzer Lauf als CSV (Tabellenkalkulation)…</translation>
        </message>
        <message>
            <source>Whole Run as JSONL…</source>
            <translation>Ganzer Lauf als JSONL…</translation>
        </message>
        <message>
            <source>Export Evaluation</source>
            <translation>Auswertung exportieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>JSON Lines (*.jsonl)</source>
            <translation>JSON Lines (*.jsonl)</translation>
        </message>
        <message>
            <source>Wrote the run to %1.</source>
            <translation>Der Lauf wurde nach %1 geschrieben.</translation>
        </message>
        <message>
            <source>No evaluations yet</source>
            <translation>Noch keine Evaluierungen</translation>
        </message>
        <message>
            <source>An evaluation asks two to four models (say, a fine-tune and its base) the prompts of held-out rows and sets their answers side by side, to pick from, judge and turn into training rows. Open the rows in the Dataset pane (a validation file), then choose New Evaluation; a finished job's page offers Evaluate against Its Base.</source>
            <translation>Eine Evaluierung stellt zwei bis vier Modellen (etwa einem Fine-Tune und seinem Basismodell) die Prompts zurückgehaltener Zeilen und zeigt ihre Antworten nebeneinander: zum Auswählen, Bewerten und als neue Trainingszeilen. Öffnen Sie die Zeilen im Bereich „Datensatz“ (eine Validierungsdatei) und wählen Sie dann „Neue Evaluierung“; die Seite eines fertigen Jobs bietet „Gegen die Basis evaluieren“.</translation>
        </message>
        <message>
            <source>No evaluation open</source>
            <translation>Keine Evaluierung geöffnet</translation>
        </message>
        <message>
            <source>Choose a run in the list above, or start a new one for the rows open in the Dataset pane.</source>
            <translation>Wählen Sie oben einen Lauf oder starten Sie einen neuen für die im Bereich „Datensatz“ geöffneten Zeilen.</translation>
        </message>
        <message>
            <source>Judge Pro&amp;mpt…</source>
            <translation>Bewertungs-Pro&amp;mpt…</translation>
        </message>
        <message>
            <source>What the judge is asked for each pair of answers (kept for every run)</source>
            <translation>Was der Bewerter zu jedem Antwortpaar gefragt wird (gilt für jeden Lauf)</translation>
        </message>
        <message>
            <source>Judge Prompt</source>
            <translation>Bewertungs-Prompt</translation>
        </message>
        <message>
            <source>Asked once per pair of answers and again with the answers swapped. {conversation}, {reference} (the dataset's answer), {answer_a} and {answer_b} are filled in; the judge replies [[A]], [[B]] or [[C]] for a tie.</source>
            <translation>Einmal je Antwortpaar gefragt und noch einmal mit vertauschten Antworten. {conversation}, {reference} (die Antwort des Datensatzes), {answer_a} und {answer_b} werden eingesetzt; der Bewerter antwortet [[A]], [[B]] oder [[C]] bei Gleichstand.</translation>
        </message>
        <message>
            <source>Judge prompt</source>
            <translation>Bewertungs-Prompt</translation>
        </message>
        <message>
            <source>&amp;Reset to Default</source>
            <translation>Auf Standard &amp;zurücksetzen</translation>
        </message>
        <message>
            <source>Evaluate Rows of the &amp;Open Dataset…</source>
            <translation>Zeilen des &amp;offenen Datensatzes evaluieren…</translation>
        </message>
        <message>
            <source>Together runs the judge (type "compare", both orders) on an uploaded file of the answers, instead of TuneDesk asking the judge model one pair at a time</source>
            <translation>Together lässt den Richter über eine hochgeladene Datei der Antworten laufen (Typ „compare“, beide Reihenfolgen), statt dass TuneDesk das Richtermodell Paar für Paar fragt</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: %2 Run submits a new batch for its rows.</source>
            <translation>%1: %2 Ausführen reicht einen neuen Batch für seine Zeilen ein.</translation>
        </message>
        <message>
            <source>Cancelled. A batch already submitted goes on at Together; Run collects its answers and asks what is missing.</source>
            <translation>Abgebrochen. Ein schon eingereichter Batch läuft bei Together weiter; Ausführen holt seine Antworten ab und fragt, was fehlt.</translation>
        </message>
        <message>
            <source>Together's Evaluations API needs a Together connection; the active one, %1, is not.</source>
            <translation>Togethers Evaluations-API braucht eine Together-Verbindung; die aktive, %1, ist keine.</translation>
        </message>
        <message>
            <source>Together's judge, models %1 and %2: %3</source>
            <translation>Togethers Bewerter, Modelle %1 und %2: %3</translation>
        </message>
        <message>
            <source>models %1 and %2: %3 wins for %1, %4 for %2, %5 ties, %6 judge failures</source>
            <translation>Modelle %1 und %2: %3 Siege für %1, %4 für %2, %5 Unentschieden, %6 Bewerterfehler</translation>
        </message>
        <message>
            <source>Together judged: %1.</source>
            <translation>Togethers Bewertung: %1.</translation>
        </message>
        <message>
            <source>Asking Together's Evaluations API…</source>
            <translation>Frage Togethers Evaluations-API …</translation>
        </message>
        <message>
            <source>Judge model, e.g. meta-llama/Llama-3.3-70B-Instruct-Turbo</source>
            <translation>Bewertermodell, z. B. meta-llama/Llama-3.3-70B-Instruct-Turbo</translation>
        </message>
        <message>
            <source>&amp;Through Together's Evaluations API</source>
            <translation>Über &amp;Togethers Evaluations-API</translation>
        </message>
        <message>
            <source>A run is in progress: pause or cancel it before starting a new evaluation.</source>
            <translation>Ein Lauf ist im Gang: Halten Sie ihn an oder brechen Sie ihn ab, bevor Sie eine neue Evaluierung beginnen.</translation>
        </message>
        <message>
            <source>New Evaluation</source>
            <translation>Neue Evaluierung</translation>
        </message>
        <message>
            <source>An evaluation is running. Pause or cancel it (the buttons above the grid) before starting a new one.</source>
            <translation>Eine Evaluierung läuft. Halten Sie sie an oder brechen Sie sie ab (die Schaltflächen über dem Raster), bevor Sie eine neue beginnen.</translation>
        </message>
        <message numerus="yes">
            <source>%1: %Ln answer(s), %2 + %3 tokens</source>
            <translation>
                <numerusform>%1: %Ln Antwort, %2 + %3 Token</numerusform>
                <numerusform>%1: %Ln Antworten, %2 + %3 Token</numerusform>
            </translation>
        </message>
        <message>
            <source>Pause or cancel the run in progress first</source>
            <translation>Halten Sie zuerst den laufenden Lauf an oder brechen Sie ihn ab</translation>
        </message>
        <message>
            <source>, first token %1 ms, %2 tokens/s</source>
            <translation>, erstes Token %1 ms, %2 Tokens/s</translation>
        </message>
    </context>
    <context>
        <name>td::EvalRows</name>
        <message>
            <source>The dataset %1 cannot be read: %2</source>
            <translation>Der Datensatz %1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>Row %1 is not in the dataset, which has %2 rows.</source>
            <translation>Zeile %1 ist nicht im Datensatz; er hat %2 Zeilen.</translation>
        </message>
    </context>
    <context>
        <name>td::EvalRunDialog</name>
        <message>
            <source>New Evaluation</source>
            <translation>Neue Evaluierung</translation>
        </message>
        <message>
            <source>Evaluation of %1</source>
            <translation>Evaluierung von %1</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>%1 (as saved: unsaved edits are not part of the run)</source>
            <translation>%1 (wie gespeichert: ungespeicherte Änderungen gehören nicht zum Lauf)</translation>
        </message>
        <message>
            <source>Dataset:</source>
            <translation>Datensatz:</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Zeilen</translation>
        </message>
        <message numerus="yes">
            <source>&amp;All %n row(s)</source>
            <translation>
                <numerusform>&amp;Alle %n Zeile</numerusform>
                <numerusform>&amp;Alle %n Zeilen</numerusform>
            </translation>
        </message>
        <message>
            <source>The &amp;validation split (as Export splits, same share and seed)</source>
            <translation>Die &amp;Validierungsaufteilung (wie beim Export, gleicher Anteil und Startwert)</translation>
        </message>
        <message>
            <source>Validation share</source>
            <translation>Anteil der Validierung</translation>
        </message>
        <message numerus="yes">
            <source>The se&amp;lection (%n row(s))</source>
            <translation>
                <numerusform>Die Aus&amp;wahl (%n Zeile)</numerusform>
                <numerusform>Die Aus&amp;wahl (%n Zeilen)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The &amp;filter's result (%n row(s))</source>
            <translation>
                <numerusform>Das &amp;Filterergebnis (%n Zeile)</numerusform>
                <numerusform>Das &amp;Filterergebnis (%n Zeilen)</numerusform>
            </translation>
        </message>
        <message>
            <source>The &amp;filter's result (no filter is on)</source>
            <translation>Das &amp;Filterergebnis (kein Filter aktiv)</translation>
        </message>
        <message>
            <source>Sam&amp;ple</source>
            <translation>Stich&amp;probe</translation>
        </message>
        <message>
            <source>Rows to sample</source>
            <translation>Zeilen für die Stichprobe</translation>
        </message>
        <message>
            <source> rows</source>
            <translation> Zeilen</translation>
        </message>
        <message>
            <source>Sample and split seed</source>
            <translation>Startwert für Stichprobe und Aufteilung</translation>
        </message>
        <message>
            <source>seed </source>
            <translation>Startwert </translation>
        </message>
        <message>
            <source>Models (two to four; the same parameters and seed for each)</source>
            <translation>Modelle (zwei bis vier; für jedes dieselben Parameter und derselbe Startwert)</translation>
        </message>
        <message>
            <source>Add a &amp;Model</source>
            <translation>&amp;Modell hinzufügen</translation>
        </message>
        <message>
            <source>The fine-tune being judged</source>
            <translation>Das zu bewertende Fine-Tuning</translation>
        </message>
        <message>
            <source>The fine-tune &amp;being judged:</source>
            <translation>Das zu &amp;bewertende Fine-Tuning:</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <source>&amp;Temperature:</source>
            <translation>&amp;Temperatur:</translation>
        </message>
        <message>
            <source>Ma&amp;x tokens:</source>
            <translation>Ma&amp;x. Tokens:</translation>
        </message>
        <message>
            <source>Seed (every model):</source>
            <translation>Startwert (jedes Modell):</translation>
        </message>
        <message>
            <source>At most in flight per model:</source>
            <translation>Höchstens gleichzeitig pro Modell:</translation>
        </message>
        <message>
            <source>Answer position</source>
            <translation>Position der Antwort</translation>
        </message>
        <message>
            <source>Before the last assistant message</source>
            <translation>Vor der letzten Assistentennachricht</translation>
        </message>
        <message>
            <source>Before the assistant message at index</source>
            <translation>Vor der Assistentennachricht am Index</translation>
        </message>
        <message>
            <source>Message index of the answer</source>
            <translation>Nachrichtenindex der Antwort</translation>
        </message>
        <message>
            <source>Answer p&amp;osition:</source>
            <translation>P&amp;osition der Antwort:</translation>
        </message>
        <message>
            <source>What the run will ask and cost</source>
            <translation>Was der Lauf fragen und kosten wird</translation>
        </message>
        <message>
            <source>Estimate shows the requests, tokens and cost per model before anything is asked.</source>
            <translation>„Schätzen“ zeigt die Anfragen, Tokens und Kosten pro Modell, bevor etwas gefragt wird.</translation>
        </message>
        <message>
            <source>&amp;Estimate</source>
            <translation>&amp;Schätzen</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>Sta&amp;rten</translation>
        </message>
        <message>
            <source>Model &amp;%1:</source>
            <translation>Modell &amp;%1:</translation>
        </message>
        <message>
            <source>Connection of model %1</source>
            <translation>Verbindung von Modell %1</translation>
        </message>
        <message>
            <source>Model %1</source>
            <translation>Modell %1</translation>
        </message>
        <message>
            <source>v2 deployment</source>
            <translation>v2-Bereitstellung</translation>
        </message>
        <message>
            <source>A dedicated endpoint v2 or one of its deployments: asked on the inference host.</source>
            <translation>Ein dedizierter Endpunkt v2 oder eine seiner Bereitstellungen: wird auf dem Inferenz-Host gefragt.</translation>
        </message>
        <message>
            <source>(changed: Estimate again before starting)</source>
            <translation>(geändert: vor dem Start erneut schätzen)</translation>
        </message>
        <message>
            <source>Asking whether each model is served…</source>
            <translation>Es wird gefragt, ob jedes Modell bereitgestellt wird…</translation>
        </message>
        <message>
            <source>Model %1 is a v2 deployment</source>
            <translation>Modell %1 ist eine v2-Bereitstellung</translation>
        </message>
        <message>
            <source>Batch API</source>
            <translation>Batch-API</translation>
        </message>
        <message>
            <source>Ask this model through Together's Batch API: cheaper, and the answers come together when the batch ends (within Together's 24-hour window). A serverless model of a Together connection only.</source>
            <translation>Dieses Modell über Togethers Batch-API fragen: günstiger, und die Antworten kommen gesammelt, wenn der Batch endet (innerhalb von Togethers 24-Stunden-Fenster). Nur für ein serverloses Modell einer Together-Verbindung.</translation>
        </message>
        <message>
            <source>Ask model %1 through the Batch API</source>
            <translation>Modell %1 über die Batch-API fragen</translation>
        </message>
        <message>
            <source>Type the model's name (no list: %1)</source>
            <translation>Namen des Modells eintippen (keine Liste: %1)</translation>
        </message>
    </context>
    <context>
        <name>td::EvalStore</name>
        <message>
            <source>%1 cannot be written: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>A run with the id %1 exists already.</source>
            <translation>Ein Lauf mit der ID %1 existiert bereits.</translation>
        </message>
        <message>
            <source>The folder %1 cannot be made.</source>
            <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
        </message>
        <message>
            <source>There is no evaluation run %1 (looked in %2).</source>
            <translation>Es gibt keinen Evaluierungslauf %1 (gesucht in %2).</translation>
        </message>
        <message>
            <source>The run %1 has lost its rows (rows.jsonl).</source>
            <translation>Dem Lauf %1 fehlen seine Zeilen (rows.jsonl).</translation>
        </message>
    </context>
    <context>
        <name>td::EvalSummary</name>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>, valid JSON %1 of %2</source>
            <translation>, gültiges JSON %1 von %2</translation>
        </message>
        <message>
            <source>  lost rows (1-based): %1</source>
            <translation>  verlorene Zeilen (ab 1 gezählt): %1</translation>
        </message>
        <message>
            <source>%1 wins %2 % of %3 against %4 (95 % CI %5–%6 %, Wilson), %7, %8; %9, %10 (judge: %11)</source>
            <translation>%1 gewinnt %2 % von %3 gegen %4 (95-%-KI %5–%6 %, Wilson), %7, %8; %9, %10 (Bewerter: %11)</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n Zeile</numerusform>
                <numerusform>%n Zeilen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n tie(s)</source>
            <translation>
                <numerusform>%n Gleichstand</numerusform>
                <numerusform>%n Gleichstände</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n loss(es)</source>
            <translation>
                <numerusform>%n Niederlage</numerusform>
                <numerusform>%n Niederlagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n judge failure(s)</source>
            <translation>
                <numerusform>%n Bewerterfehler</numerusform>
                <numerusform>%n Bewerterfehler</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) not answered by both</source>
            <translation>
                <numerusform>%n Zeile nicht von beiden beantwortet</numerusform>
                <numerusform>%n Zeilen nicht von beiden beantwortet</numerusform>
            </translation>
        </message>
        <message>
            <source>  %1 = %2: %3, %4, %5, %6</source>
            <translation>  %1 = %2: %3, %4, %5, %6</translation>
        </message>
        <message numerus="yes">
            <source>%n win(s)</source>
            <translation>
                <numerusform>%n Sieg</numerusform>
                <numerusform>%n Siege</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failure(s)</source>
            <translation>
                <numerusform>%n Fehler</numerusform>
                <numerusform>%n Fehler</numerusform>
            </translation>
        </message>
        <message>
            <source>, first token after %1 ms, %L2 tokens/s</source>
            <translation>, erstes Token nach %1 ms, %L2 Token/s</translation>
        </message>
        <message numerus="yes">
            <source>(%n could not be asked)</source>
            <translation>
                <numerusform>(%n konnte nicht gefragt werden)</numerusform>
                <numerusform>(%n konnten nicht gefragt werden)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2 answered, %3 failed; exact %4, normalised %5, refusals %6, length ratio %L7%8</source>
            <translation>%1: %2 beantwortet, %3 fehlgeschlagen; exakt %4, normalisiert %5, Ablehnungen %6, Längenverhältnis %L7%8</translation>
        </message>
        <message>
            <source>, %1 ms on average</source>
            <translation>, im Schnitt %1 ms</translation>
        </message>
    </context>
    <context>
        <name>td::EventsDialog</name>
        <message>
            <source>Error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>Info</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>Ak&amp;tualisieren</translation>
        </message>
        <message>
            <source>Events of %1</source>
            <translation>Ereignisse von %1</translation>
        </message>
        <message>
            <source>Events, newest first</source>
            <translation>Ereignisse, neueste zuerst</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Stufe</translation>
        </message>
        <message>
            <source>Deployment</source>
            <translation>Bereitstellung</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Was geschah</translation>
        </message>
        <message>
            <source>Reading the events…</source>
            <translation>Die Ereignisse werden gelesen…</translation>
        </message>
        <message>
            <source>The events could not be read: %1</source>
            <translation>Die Ereignisse ließen sich nicht lesen: %1</translation>
        </message>
        <message>
            <source>No events yet: they appear as the endpoint is deployed, scaled and stopped.</source>
            <translation>Noch keine Ereignisse: Sie erscheinen, wenn der Endpunkt bereitgestellt, skaliert und gestoppt wird.</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s), newest first.</source>
            <translation>
                <numerusform>%n Ereignis, neueste zuerst.</numerusform>
                <numerusform>%n Ereignisse, neueste zuerst.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (replicas %2 → %3)</source>
            <translation>%1 (Replikate %2 → %3)</translation>
        </message>
    </context>
    <context>
        <name>td::Export</name>
        <message>
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <source>Cannot export to %1: it is the dataset being exported. Choose another name; nothing was written.</source>
            <translation>Export nach %1 nicht möglich: Das ist der Datensatz, der exportiert wird. Wählen Sie einen anderen Namen; es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>Cannot export to %2: its validation file %1 would be the dataset being exported. Choose another name; nothing was written.</source>
            <translation>Export nach %2 nicht möglich: Seine Validierungsdatei %1 wäre der Datensatz, der exportiert wird. Wählen Sie einen anderen Namen; es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>Cannot export: %1 and its validation file %2 are the same file. Nothing was written.</source>
            <translation>Export nicht möglich: %1 und seine Validierungsdatei %2 sind dieselbe Datei. Es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>%1 was not changed.</source>
            <translation>%1 wurde nicht geändert.</translation>
        </message>
        <message>
            <source>%1 was not created.</source>
            <translation>%1 wurde nicht angelegt.</translation>
        </message>
        <message>
            <source>Cannot export: %1. %2</source>
            <translation>Export nicht möglich: %1. %2</translation>
        </message>
    </context>
    <context>
        <name>td::ExportDialog</name>
        <message>
            <source>All rows</source>
            <translation>Alle Zeilen</translation>
        </message>
        <message>
            <source>Valid rows only (rows that still have errors after the fixes are dropped)</source>
            <translation>Nur gültige Zeilen (Zeilen, die nach den Korrekturen noch Fehler haben, entfallen)</translation>
        </message>
        <message>
            <source>The selected rows</source>
            <translation>Die ausgewählten Zeilen</translation>
        </message>
        <message>
            <source>The rows of the search result</source>
            <translation>Die Zeilen des Suchergebnisses</translation>
        </message>
        <message>
            <source>Split off a validation file</source>
            <translation>Eine Validierungsdatei abtrennen</translation>
        </message>
        <message>
            <source>Export Cleaned Copy</source>
            <translation>Bereinigte Kopie exportieren</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Zeilen</translation>
        </message>
        <message>
            <source>Fixes</source>
            <translation>Korrekturen</translation>
        </message>
        <message>
            <source> (blank lines, broken rows)</source>
            <translation> (Leerzeilen, kaputte Zeilen)</translation>
        </message>
        <message>
            <source>The same seed always picks the same validation rows</source>
            <translation>Derselbe Startwert wählt immer dieselben Validierungszeilen</translation>
        </message>
        <message>
            <source>seed</source>
            <translation>Startwert</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Durchsuchen…</translation>
        </message>
        <message>
            <source>Export To</source>
            <translation>Exportieren nach</translation>
        </message>
        <message>
            <source>JSONL (*.jsonl);;JSONL compressed with zstd (*.jsonl.zst)</source>
            <translation>JSONL (*.jsonl);;JSONL mit zstd komprimiert (*.jsonl.zst)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>Write to:</source>
            <translation>Schreiben nach:</translation>
        </message>
        <message>
            <source>Validation share in percent</source>
            <translation>Anteil der Validierung in Prozent</translation>
        </message>
        <message>
            <source>Seed of the split</source>
            <translation>Startwert der Aufteilung</translation>
        </message>
        <message>
            <source>Export to file</source>
            <translation>In Datei exportieren</translation>
        </message>
        <message>
            <source>Choose the file to export to…</source>
            <translation>Datei für den Export wählen…</translation>
        </message>
        <message>
            <source>No strata</source>
            <translation>Keine Schichten</translation>
        </message>
        <message>
            <source>By format</source>
            <translation>Nach Format</translation>
        </message>
        <message>
            <source>By the value of a field</source>
            <translation>Nach dem Wert eines Felds</translation>
        </message>
        <message>
            <source>field name, e.g. source</source>
            <translation>Feldname, z. B. source</translation>
        </message>
        <message>
            <source>Field to stratify by</source>
            <translation>Feld für die Schichtung</translation>
        </message>
        <message>
            <source>Rows split one by one</source>
            <translation>Zeilen einzeln aufteilen</translation>
        </message>
        <message>
            <source>Near-duplicates on one side (found first)</source>
            <translation>Beinahe-Duplikate auf einer Seite (zuerst gefunden)</translation>
        </message>
        <message>
            <source>Groups from a file (one line a row)</source>
            <translation>Gruppen aus einer Datei (eine Dateizeile pro Datensatzzeile)</translation>
        </message>
        <message>
            <source>groups file, e.g. from tunedesk-cli dedupe --groups</source>
            <translation>Gruppendatei, z. B. aus tunedesk-cli dedupe --groups</translation>
        </message>
        <message>
            <source>Groups file</source>
            <translation>Gruppendatei</translation>
        </message>
        <message>
            <source>B&amp;rowse…</source>
            <translation>Du&amp;rchsuchen…</translation>
        </message>
        <message>
            <source>Choose the groups file</source>
            <translation>Die Gruppendatei wählen</translation>
        </message>
        <message>
            <source>Groups File</source>
            <translation>Gruppendatei</translation>
        </message>
        <message>
            <source>Strat&amp;ify:</source>
            <translation>Sch&amp;ichten:</translation>
        </message>
        <message>
            <source>&amp;Keep together:</source>
            <translation>&amp;Zusammenhalten:</translation>
        </message>
    </context>
    <context>
        <name>td::FactsSummary</name>
        <message>
            <source>System prompts:     %1 distinct in %2 rows
</source>
            <translation>Systemprompts:      %1 verschiedene in %2 Zeilen
</translation>
        </message>
    </context>
    <context>
        <name>td::FdSink</name>
        <message>
            <source>Cannot write %1</source>
            <translation>%1 kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>Cannot flush %1 to disk</source>
            <translation>%1 kann nicht auf den Datenträger geschrieben werden</translation>
        </message>
    </context>
    <context>
        <name>td::FileDownload</name>
        <message>
            <source>Cannot write to the folder %1</source>
            <translation>In den Ordner %1 kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>The download ended at %1 of %2 bytes</source>
            <translation>Der Download endete bei %1 von %2 Bytes</translation>
        </message>
        <message>
            <source>The download is complete in %1 but could not be renamed to %2</source>
            <translation>Der Download ist in %1 vollständig, ließ sich aber nicht in %2 umbenennen</translation>
        </message>
    </context>
    <context>
        <name>td::FilePaths</name>
        <message>
            <source>Cannot read the link %1</source>
            <translation>Der Link %1 kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>Cannot follow the links of %1</source>
            <translation>Den Links von %1 kann nicht gefolgt werden</translation>
        </message>
    </context>
    <context>
        <name>td::FileTokenCount</name>
        <message>
            <source>%1 cannot be read.</source>
            <translation>%1 kann nicht gelesen werden.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) of %1 cannot be counted exactly (line %2: %3)</source>
            <translation>
                <numerusform>%n Zeile von %1 kann nicht exakt gezählt werden (Zeile %2: %3)</numerusform>
                <numerusform>%n Zeilen von %1 können nicht exakt gezählt werden (Zeile %2: %3)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>td::FileUpload</name>
        <message>
            <source>Only .jsonl, .parquet and .csv files can be uploaded: %1</source>
            <translation>Nur .jsonl-, .parquet- und .csv-Dateien können hochgeladen werden: %1</translation>
        </message>
        <message>
            <source>Cannot read %1</source>
            <translation>%1 kann nicht gelesen werden</translation>
        </message>
        <message numerus="yes">
            <source>Uploading in %n parts</source>
            <translation>
                <numerusform>Hochladen in %n Teil</numerusform>
                <numerusform>Hochladen in %n Teilen</numerusform>
            </translation>
        </message>
        <message>
            <source>Asking for an upload address</source>
            <translation>Upload-Adresse wird angefragt</translation>
        </message>
        <message>
            <source>The server did not answer with an upload address (HTTP %1)</source>
            <translation>Der Server hat keine Upload-Adresse geliefert (HTTP %1)</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>Uploading</source>
            <translation>Hochladen</translation>
        </message>
        <message>
            <source>The upload was refused (HTTP %1): %2</source>
            <translation>Der Upload wurde abgelehnt (HTTP %1): %2</translation>
        </message>
        <message>
            <source>The upload ended with HTTP %1 instead of 200</source>
            <translation>Der Upload endete mit HTTP %1 statt 200</translation>
        </message>
        <message>
            <source>Finishing</source>
            <translation>Abschließen</translation>
        </message>
        <message>
            <source>The file's description could not be read</source>
            <translation>Die Beschreibung der Datei ist nicht lesbar</translation>
        </message>
    </context>
    <context>
        <name>td::FilterBar</name>
        <message>
            <source>Filter expression</source>
            <translation>Filterausdruck</translation>
        </message>
        <message>
            <source>e.g. msgs &gt; 10 and chars &gt; 20000, has(tool), weight == 0</source>
            <translation>z. B. msgs &gt; 10 and chars &gt; 20000, has(tool), weight == 0</translation>
        </message>
        <message>
            <source>Show only the rows matching a condition on their facts: %1. Combine with and, or, not and parentheses; compare text with quotes: format == "instruction".</source>
            <translation>Nur die Zeilen zeigen, deren Eigenschaften eine Bedingung erfüllen: %1. Kombinieren Sie mit and, or, not und Klammern; vergleichen Sie Text in Anführungszeichen: format == "instruction".</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Filter</translation>
        </message>
        <message>
            <source>Apply the filter</source>
            <translation>Filter anwenden</translation>
        </message>
        <message>
            <source>Show All</source>
            <translation>Alle zeigen</translation>
        </message>
        <message>
            <source>Clear the filter</source>
            <translation>Filter aufheben</translation>
        </message>
        <message>
            <source>Reading the rows…</source>
            <translation>Zeilen werden gelesen…</translation>
        </message>
        <message>
            <source>Filtering…</source>
            <translation>Wird gefiltert…</translation>
        </message>
        <message>
            <source>%1 of %2 rows</source>
            <translation>%1 von %2 Zeilen</translation>
        </message>
        <message>
            <source>Filte&amp;r:</source>
            <translation>&amp;Filter:</translation>
        </message>
        <message>
            <source>%1 of %2 rows match %3</source>
            <translation>%1 von %2 Zeilen erfüllen %3</translation>
        </message>
    </context>
    <context>
        <name>td::FilterExpression</name>
        <message>
            <source>The expression is longer than %1 characters.</source>
            <translation>Der Ausdruck ist länger als %1 Zeichen.</translation>
        </message>
    </context>
    <context>
        <name>td::FindBar</name>
        <message>
            <source>Regex</source>
            <translation>Regex</translation>
        </message>
        <message>
            <source>Match case</source>
            <translation>Groß-/Kleinschreibung</translation>
        </message>
        <message>
            <source>Search all rows (Ctrl+F), Enter to filter</source>
            <translation>Alle Zeilen durchsuchen (Strg+F), Eingabe filtert</translation>
        </message>
        <message>
            <source>Anywhere</source>
            <translation>Überall</translation>
        </message>
        <message>
            <source>System prompts</source>
            <translation>Systemprompts</translation>
        </message>
        <message>
            <source>User messages</source>
            <translation>Nutzernachrichten</translation>
        </message>
        <message>
            <source>Assistant messages</source>
            <translation>Assistentennachrichten</translation>
        </message>
        <message>
            <source>Tool messages</source>
            <translation>Tool-Nachrichten</translation>
        </message>
        <message>
            <source>Field…</source>
            <translation>Feld…</translation>
        </message>
        <message>
            <source>Where to look: all text, one role's messages, or one top-level field</source>
            <translation>Wo gesucht wird: aller Text, die Nachrichten einer Rolle oder ein Feld der obersten Ebene</translation>
        </message>
        <message>
            <source>field name</source>
            <translation>Feldname</translation>
        </message>
        <message>
            <source>Previous match (Shift+F3)</source>
            <translation>Vorheriger Treffer (Umschalt+F3)</translation>
        </message>
        <message>
            <source>Next match (F3)</source>
            <translation>Nächster Treffer (F3)</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>Alle zeigen</translation>
        </message>
        <message>
            <source>Clear the filter and show every row (Ctrl+Shift+A)</source>
            <translation>Filter aufheben und alle Zeilen zeigen (Strg+Umschalt+A)</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Suche läuft…</translation>
        </message>
        <message>
            <source>%1 of %2 rows match</source>
            <translation>%1 von %2 Zeilen passen</translation>
        </message>
        <message>
            <source>in</source>
            <translation>in</translation>
        </message>
        <message>
            <source>Search rows</source>
            <translation>Zeilen durchsuchen</translation>
        </message>
        <message>
            <source>Search in</source>
            <translation>Suchen in</translation>
        </message>
        <message>
            <source>Field to search</source>
            <translation>Zu durchsuchendes Feld</translation>
        </message>
        <message>
            <source>Previous match</source>
            <translation>Vorheriger Treffer</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>Nächster Treffer</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Suche leeren</translation>
        </message>
    </context>
    <context>
        <name>td::FineTuneCreation</name>
        <message>
            <source>Created %1.</source>
            <translation>%1 angelegt.</translation>
        </message>
        <message>
            <source>The answer to creating the fine-tune was lost (%1), but the job was created: %2.</source>
            <translation>Die Antwort auf das Anlegen des Fine-Tunings ging verloren (%1), aber der Job wurde angelegt: %2.</translation>
        </message>
        <message>
            <source>Stopped while the fine-tune was being created; it may have been created. Look at the jobs list before creating it again, or a second job would be billed.</source>
            <translation>Angehalten, während das Fine-Tuning angelegt wurde; es wurde womöglich angelegt. Sehen Sie in der Jobliste nach, bevor Sie es erneut anlegen, sonst würde ein zweiter Job berechnet.</translation>
        </message>
        <message>
            <source>No job made from this request has appeared in the jobs list yet.</source>
            <translation>In der Jobliste ist noch kein Job aus dieser Anfrage erschienen.</translation>
        </message>
        <message>
            <source>The jobs list could not be read either: %1</source>
            <translation>Auch die Jobliste ließ sich nicht lesen: %1</translation>
        </message>
        <message>
            <source>The answer to creating the fine-tune was lost (%1). %2 It may still have been created: look at the jobs list (tunedesk-cli jobs list, or the Jobs pane) in a minute before creating it again, or a second job would be billed.</source>
            <translation>Die Antwort auf das Anlegen des Fine-Tunings ging verloren (%1). %2 Es wurde womöglich trotzdem angelegt: Sehen Sie in einer Minute in der Jobliste nach (tunedesk-cli jobs list oder Bereich Jobs), bevor Sie es erneut anlegen, sonst würde ein zweiter Job berechnet.</translation>
        </message>
    </context>
    <context>
        <name>td::FineTuneForm</name>
        <message>
            <source>The base model to fine-tune (not with a checkpoint).</source>
            <translation>Das feinabzustimmende Basismodell (nicht zusammen mit einem Checkpoint).</translation>
        </message>
        <message>
            <source>Continue from a previous job: ft-…, ft-…:STEP, or an output model name. Leave the model empty then.</source>
            <translation>Von einem früheren Job aus weitermachen: ft-…, ft-…:SCHRITT oder ein Ausgabemodell. Dann das Modell leer lassen.</translation>
        </message>
        <message>
            <source>Passes over the training data (default 1).</source>
            <translation>Durchläufe durch die Trainingsdaten (Standard 1).</translation>
        </message>
        <message>
            <source>Checkpoints saved during training, the last one included (default 1).</source>
            <translation>Während des Trainings gespeicherte Checkpoints, den letzten eingeschlossen (Standard 1).</translation>
        </message>
        <message>
            <source>Evaluations on the validation file during training (default 0).</source>
            <translation>Evaluierungen mit der Validierungsdatei während des Trainings (Standard 0).</translation>
        </message>
        <message>
            <source>Examples per step; the allowed range depends on the model and on SFT or DPO.</source>
            <translation>Beispiele pro Schritt; der erlaubte Bereich hängt vom Modell und von SFT oder DPO ab.</translation>
        </message>
        <message>
            <source>the model's maximum</source>
            <translation>Höchstwert des Modells</translation>
        </message>
        <message>
            <source>Peak learning rate (default 0.00001).</source>
            <translation>Höchste Lernrate (Standard 0,00001).</translation>
        </message>
        <message>
            <source>Cosine</source>
            <translation>Kosinus</translation>
        </message>
        <message>
            <source>Linear</source>
            <translation>Linear</translation>
        </message>
        <message>
            <source>How the learning rate falls after warm-up (default cosine).</source>
            <translation>Wie die Lernrate nach dem Warm-up sinkt (Standard Kosinus).</translation>
        </message>
        <message>
            <source>The final learning rate as a share of the peak (0 to 1).</source>
            <translation>Die letzte Lernrate als Anteil der höchsten (0 bis 1).</translation>
        </message>
        <message>
            <source>Cosine cycles (default 0.5: one fall to the minimum).</source>
            <translation>Kosinus-Zyklen (Standard 0,5: ein Abfall bis zum Minimum).</translation>
        </message>
        <message>
            <source>Share of the steps spent warming up (0 to 1).</source>
            <translation>Anteil der Schritte für das Warm-up (0 bis 1).</translation>
        </message>
        <message>
            <source>Gradient clipping; 0 turns it off (default 1).</source>
            <translation>Gradient Clipping; 0 schaltet es ab (Standard 1).</translation>
        </message>
        <message>
            <source>Weight decay (default 0).</source>
            <translation>Weight Decay (Standard 0).</translation>
        </message>
        <message>
            <source>LoRA</source>
            <translation>LoRA</translation>
        </message>
        <message>
            <source>Full fine-tune</source>
            <translation>Volles Fine-Tuning</translation>
        </message>
        <message>
            <source>LoRA trains a small adapter (the default); full training changes every weight.</source>
            <translation>LoRA trainiert einen kleinen Adapter (Standard); volles Training ändert jedes Gewicht.</translation>
        </message>
        <message>
            <source>LoRA rank (default 8).</source>
            <translation>LoRA-Rang (Standard 8).</translation>
        </message>
        <message>
            <source>LoRA alpha; by default twice the rank.</source>
            <translation>LoRA-Alpha; standardmäßig das Doppelte des Rangs.</translation>
        </message>
        <message>
            <source>2 × rank</source>
            <translation>2 × Rang</translation>
        </message>
        <message>
            <source>LoRA dropout, from 0 up to but not including 1.</source>
            <translation>LoRA-Dropout, von 0 bis ausschließlich 1.</translation>
        </message>
        <message>
            <source>Comma-separated modules to train, or all-linear (default).</source>
            <translation>Zu trainierende Module, durch Kommas getrennt, oder all-linear (Standard).</translation>
        </message>
        <message>
            <source>Supervised (SFT)</source>
            <translation>Überwacht (SFT)</translation>
        </message>
        <message>
            <source>Preference (DPO)</source>
            <translation>Präferenz (DPO)</translation>
        </message>
        <message>
            <source>Auto</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <source>Whether user messages and prompts are trained on too (auto: not for conversations and instructions).</source>
            <translation>Ob auch Benutzernachrichten und Prompts trainiert werden (automatisch: nicht bei Gesprächen und Anweisungen).</translation>
        </message>
        <message>
            <source>How far the model may move from the reference (server default 0.1).</source>
            <translation>Wie weit sich das Modell von der Referenz entfernen darf (Server-Standard 0,1).</translation>
        </message>
        <message>
            <source>server default (0.1)</source>
            <translation>Server-Standard (0,1)</translation>
        </message>
        <message>
            <source>Normalize log-ratios by length</source>
            <translation>Log-Verhältnisse nach Länge normieren</translation>
        </message>
        <message>
            <source>Reference-free</source>
            <translation>Ohne Referenz</translation>
        </message>
        <message>
            <source>Weight of the added NLL loss on preferred answers.</source>
            <translation>Gewicht des zusätzlichen NLL-Loss auf bevorzugte Antworten.</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>nicht gesetzt</translation>
        </message>
        <message>
            <source>SimPO margin; above 0 turns on reference-free, length-normalized training.</source>
            <translation>SimPO-Abstand; über 0 schaltet referenzfreies, längennormiertes Training ein.</translation>
        </message>
        <message>
            <source>Added to the output model's name (up to 40 characters).</source>
            <translation>Wird an den Namen des Ausgabemodells angehängt (bis zu 40 Zeichen).</translation>
        </message>
        <message>
            <source>Weights &amp; Biases API key; never stored in recipes.</source>
            <translation>API-Schlüssel für Weights &amp; Biases; wird nie in Rezepten gespeichert.</translation>
        </message>
        <message>
            <source>Weights &amp; Biases project (server default: together).</source>
            <translation>Weights-&amp;-Biases-Projekt (Server-Standard: together).</translation>
        </message>
        <message>
            <source>Weights &amp; Biases run name.</source>
            <translation>Name des Weights-&amp;-Biases-Laufs.</translation>
        </message>
        <message>
            <source>Weights &amp; Biases team or user.</source>
            <translation>Weights-&amp;-Biases-Team oder -Benutzer.</translation>
        </message>
        <message>
            <source>Weights &amp; Biases server, for self-hosted instances.</source>
            <translation>Weights-&amp;-Biases-Server, für selbst betriebene Instanzen.</translation>
        </message>
        <message>
            <source>Start from a Hugging Face Hub model (the base model is still required).</source>
            <translation>Von einem Modell vom Hugging Face Hub ausgehen (das Basismodell ist trotzdem nötig).</translation>
        </message>
        <message>
            <source>Revision of that model (default main).</source>
            <translation>Revision dieses Modells (Standard main).</translation>
        </message>
        <message>
            <source>Hugging Face token for private models or pushing the result.</source>
            <translation>Hugging-Face-Token für private Modelle oder das Hochladen des Ergebnisses.</translation>
        </message>
        <message>
            <source>Hugging Face repository to push the result to.</source>
            <translation>Hugging-Face-Repository für das Ergebnis.</translation>
        </message>
        <message>
            <source>Server default</source>
            <translation>Server-Standard</translation>
        </message>
        <message>
            <source>Also train the vision encoder (vision models only).</source>
            <translation>Auch den Bild-Encoder trainieren (nur Bildmodelle).</translation>
        </message>
        <message>
            <source>Server default (on)</source>
            <translation>Server-Standard (an)</translation>
        </message>
        <message>
            <source>On</source>
            <translation>An</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Aus</translation>
        </message>
        <message>
            <source>Pack several short examples into one sequence (no effect for Parquet data).</source>
            <translation>Mehrere kurze Beispiele in eine Sequenz packen (ohne Wirkung bei Parquet-Daten).</translation>
        </message>
        <message>
            <source>Longest sequence trained on; by default the model's maximum.</source>
            <translation>Längste trainierte Sequenz; standardmäßig der Höchstwert des Modells.</translation>
        </message>
        <message>
            <source>Seed for reproducible runs.</source>
            <translation>Startwert für wiederholbare Läufe.</translation>
        </message>
        <message>
            <source>server default</source>
            <translation>Server-Standard</translation>
        </message>
        <message>
            <source>Steps to accumulate before an update; 0 uses the model's default.</source>
            <translation>Schritte, die vor einem Update gesammelt werden; 0 nimmt den Standard des Modells.</translation>
        </message>
        <message>
            <source>model default</source>
            <translation>Modell-Standard</translation>
        </message>
        <message>
            <source>Stop early when the eval loss stops improving</source>
            <translation>Früh aufhören, wenn der Evaluierungs-Loss nicht mehr besser wird</translation>
        </message>
        <message>
            <source>Data and model</source>
            <translation>Daten und Modell</translation>
        </message>
        <message>
            <source>&amp;Model:</source>
            <translation>&amp;Modell:</translation>
        </message>
        <message>
            <source>Or from &amp;checkpoint:</source>
            <translation>Oder von &amp;Checkpoint:</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>&amp;Epochs:</source>
            <translation>&amp;Epochen:</translation>
        </message>
        <message>
            <source>Check&amp;points:</source>
            <translation>Check&amp;points:</translation>
        </message>
        <message>
            <source>&amp;Batch size:</source>
            <translation>&amp;Batchgröße:</translation>
        </message>
        <message>
            <source>Sc&amp;heduler:</source>
            <translation>Sc&amp;heduler:</translation>
        </message>
        <message>
            <source>Minimum LR ratio:</source>
            <translation>Anteil der minimalen Lernrate:</translation>
        </message>
        <message>
            <source>Cosine cycles:</source>
            <translation>Kosinus-Zyklen:</translation>
        </message>
        <message>
            <source>&amp;Warm-up ratio:</source>
            <translation>&amp;Warm-up-Anteil:</translation>
        </message>
        <message>
            <source>Max gradient norm:</source>
            <translation>Maximale Gradientennorm:</translation>
        </message>
        <message>
            <source>Weight decay:</source>
            <translation>Weight Decay:</translation>
        </message>
        <message>
            <source>Training type</source>
            <translation>Trainingsart</translation>
        </message>
        <message>
            <source>T&amp;ype:</source>
            <translation>A&amp;rt:</translation>
        </message>
        <message>
            <source>&amp;Rank:</source>
            <translation>&amp;Rang:</translation>
        </message>
        <message>
            <source>&amp;Alpha:</source>
            <translation>&amp;Alpha:</translation>
        </message>
        <message>
            <source>&amp;Dropout:</source>
            <translation>&amp;Dropout:</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <source>Supervised</source>
            <translation>Überwacht</translation>
        </message>
        <message>
            <source>Train on &amp;inputs:</source>
            <translation>&amp;Eingaben trainieren:</translation>
        </message>
        <message>
            <source>Preference</source>
            <translation>Präferenz</translation>
        </message>
        <message>
            <source>DPO beta:</source>
            <translation>DPO-Beta:</translation>
        </message>
        <message>
            <source>RPO alpha:</source>
            <translation>RPO-Alpha:</translation>
        </message>
        <message>
            <source>SimPO gamma:</source>
            <translation>SimPO-Gamma:</translation>
        </message>
        <message>
            <source>Output and integrations</source>
            <translation>Ausgabe und Integrationen</translation>
        </message>
        <message>
            <source>&amp;Suffix:</source>
            <translation>&amp;Suffix:</translation>
        </message>
        <message>
            <source>W&amp;&amp;B API key:</source>
            <translation>W&amp;&amp;B-API-Schlüssel:</translation>
        </message>
        <message>
            <source>W&amp;&amp;B project:</source>
            <translation>W&amp;&amp;B-Projekt:</translation>
        </message>
        <message>
            <source>W&amp;&amp;B run name:</source>
            <translation>W&amp;&amp;B-Laufname:</translation>
        </message>
        <message>
            <source>W&amp;&amp;B entity:</source>
            <translation>W&amp;&amp;B-Entität:</translation>
        </message>
        <message>
            <source>W&amp;&amp;B server:</source>
            <translation>W&amp;&amp;B-Server:</translation>
        </message>
        <message>
            <source>From Hugging Face model:</source>
            <translation>Vom Hugging-Face-Modell:</translation>
        </message>
        <message>
            <source>Model revision:</source>
            <translation>Modellrevision:</translation>
        </message>
        <message>
            <source>Hugging Face token:</source>
            <translation>Hugging-Face-Token:</translation>
        </message>
        <message>
            <source>Push to repository:</source>
            <translation>In Repository hochladen:</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>Erweitert</translation>
        </message>
        <message>
            <source>Train vision encoder:</source>
            <translation>Bild-Encoder trainieren:</translation>
        </message>
        <message>
            <source>Packing:</source>
            <translation>Packing:</translation>
        </message>
        <message>
            <source>Max sequence length:</source>
            <translation>Maximale Sequenzlänge:</translation>
        </message>
        <message>
            <source>Random seed:</source>
            <translation>Startwert:</translation>
        </message>
        <message>
            <source>Gradient accumulation:</source>
            <translation>Gradientenakkumulation:</translation>
        </message>
        <message>
            <source>Minimum improvement:</source>
            <translation>Mindestverbesserung:</translation>
        </message>
        <message>
            <source>Patience:</source>
            <translation>Geduld:</translation>
        </message>
        <message>
            <source>Warm-up evaluations:</source>
            <translation>Warm-up-Evaluierungen:</translation>
        </message>
        <message>
            <source>%1 to %2 for this model (DPO up to %3)</source>
            <translation>%1 bis %2 für dieses Modell (DPO bis %3)</translation>
        </message>
        <message>
            <source>Examples per step.</source>
            <translation>Beispiele pro Schritt.</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Hinweis: %1</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>Batchgröße</translation>
        </message>
        <message>
            <source>Batch size: the model's maximum</source>
            <translation>Batchgröße: das Maximum des Modells</translation>
        </message>
        <message>
            <source>Smallest fall of the eval loss that counts as an improvement (0 or more; server default 0). Larger values stop sooner.</source>
            <translation>Kleinster Rückgang des Evaluierungs-Loss, der als Verbesserung zählt (0 oder mehr; Server-Standard 0). Größere Werte stoppen früher.</translation>
        </message>
        <message>
            <source>server default (0.0)</source>
            <translation>Server-Standard (0.0)</translation>
        </message>
        <message>
            <source>Evaluations in a row without improvement before training stops (1 or more; server default 2).</source>
            <translation>Evaluierungen in Folge ohne Verbesserung, bevor das Training stoppt (1 oder mehr; Server-Standard 2).</translation>
        </message>
        <message>
            <source>server default (2)</source>
            <translation>Server-Standard (2)</translation>
        </message>
        <message>
            <source>First evaluations that set the baseline without counting toward patience (0 or more; server default 1).</source>
            <translation>Erste Evaluierungen, die die Basislinie setzen, ohne zur Geduld zu zählen (0 oder mehr; Server-Standard 1).</translation>
        </message>
        <message>
            <source>server default (1)</source>
            <translation>Server-Standard (1)</translation>
        </message>
        <message>
            <source>Stop when the eval loss stops improving; the best evaluation's checkpoint becomes the model and the steps not run are refunded. Needs a validation file and at least patience + warm-up + 1 evaluations.</source>
            <translation>Stoppen, wenn der Evaluierungs-Loss nicht mehr besser wird; der Checkpoint der besten Evaluierung wird zum Modell, und die nicht ausgeführten Schritte werden erstattet. Braucht eine Validierungsdatei und mindestens Geduld + Warm-up + 1 Evaluierungen.</translation>
        </message>
        <message>
            <source>Eval&amp;uations:</source>
            <translation>Eval&amp;uierungen:</translation>
        </message>
        <message>
            <source>Learnin&amp;g rate:</source>
            <translation>Lern&amp;rate:</translation>
        </message>
        <message>
            <source>Trai&amp;nable modules:</source>
            <translation>Trai&amp;nierbare Module:</translation>
        </message>
        <message>
            <source>Meth&amp;od:</source>
            <translation>Meth&amp;ode:</translation>
        </message>
        <message>
            <source>On: a SimPO gamma above 0 forces it.</source>
            <translation>An: Ein SimPO-Gamma über 0 erzwingt es.</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>A local file, uploaded and checked at launch, or the id of a file uploaded before (file-…).</source>
            <translation>Eine lokale Datei, die beim Start hochgeladen und geprüft wird, oder die ID einer zuvor hochgeladenen Datei (file-…).</translation>
        </message>
        <message>
            <source>A local file to upload, or an uploaded file's id (file-…)</source>
            <translation>Eine lokale Datei zum Hochladen oder die ID einer hochgeladenen Datei (file-…)</translation>
        </message>
        <message>
            <source>Training data</source>
            <translation>Trainingsdaten</translation>
        </message>
        <message>
            <source>Optional: a local file or an uploaded file's id (file-…); needed for evaluations.</source>
            <translation>Optional: eine lokale Datei oder die ID einer hochgeladenen Datei (file-…); nötig für Evaluierungen.</translation>
        </message>
        <message>
            <source>Optional: a local file or an uploaded file's id</source>
            <translation>Optional: eine lokale Datei oder die ID einer hochgeladenen Datei</translation>
        </message>
        <message>
            <source>Validation data</source>
            <translation>Validierungsdaten</translation>
        </message>
        <message>
            <source>&amp;Training data:</source>
            <translation>&amp;Trainingsdaten:</translation>
        </message>
        <message>
            <source>&amp;Validation data:</source>
            <translation>&amp;Validierungsdaten:</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Auswählen …</translation>
        </message>
        <message>
            <source>Choose %1</source>
            <translation>%1 wählen</translation>
        </message>
        <message>
            <source>Datasets (*.jsonl *.parquet *.csv);;All files (*)</source>
            <translation>Datensätze (*.jsonl *.parquet *.csv);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>%1 is not a file. Choose a local file or type an uploaded file's id (file-…).</source>
            <translation>%1 ist keine Datei. Wählen Sie eine lokale Datei oder geben Sie die ID einer hochgeladenen Datei ein (file-…).</translation>
        </message>
    </context>
    <context>
        <name>td::GettingStartedDialog</name>
        <message>
            <source>Getting Started</source>
            <translation>Erste Schritte</translation>
        </message>
        <message>
            <source>Getting started</source>
            <translation>Erste Schritte</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Getting started with TuneDesk&lt;/h2&gt;&lt;h3&gt;1. Open a dataset&lt;/h3&gt;&lt;p&gt;Choose &lt;b&gt;File › Open…&lt;/b&gt; or drop a &lt;code&gt;.jsonl&lt;/code&gt; or &lt;code&gt;.jsonl.zst&lt;/code&gt; file on the window. Files of any size open at once; the first rows show while the rest is read. &lt;b&gt;File › New Dataset&lt;/b&gt; starts an empty one. Each line is a row of the table; the selected row's conversation is shown beside it to read and edit, with its raw JSON below. Data in another shape (ShareGPT, Alpaca, OpenAI chat, CSV and more) comes in through &lt;b&gt;File › Import…&lt;/b&gt;, which shows how its first rows convert before it writes Together's format.&lt;/p&gt;&lt;h3&gt;2. Check it&lt;/h3&gt;&lt;p&gt;The &lt;b&gt;Checks&lt;/b&gt; panel under the table runs by itself after the file opens and after each edit. Its first line is Together's verdict: whether Together would accept the file. Below it every problem is listed, grouped by kind; click one to see its row. &lt;b&gt;Fix&lt;/b&gt; and &lt;b&gt;Fix All of This Kind&lt;/b&gt; repair common problems in one undoable step, and &lt;b&gt;File › Export Cleaned Copy…&lt;/b&gt; writes a copy with only the rows you want. Save with &lt;b&gt;File › Save&lt;/b&gt;.&lt;/p&gt;&lt;h3&gt;3. Curate it&lt;/h3&gt;&lt;p&gt;The checks also find personal data and secrets (e-mail addresses, phone numbers, card numbers, keys and tokens); Fix replaces them with placeholders such as &amp;lt;EMAIL&amp;gt;. &lt;b&gt;Edit › Find Near-Duplicates…&lt;/b&gt; lists rows that are nearly the same, side by side with the words that differ highlighted, and keeps the one you choose. &lt;b&gt;View › Statistics&lt;/b&gt; charts the rows: a click on a bar, or an expression in the &lt;b&gt;Filter&lt;/b&gt; box over the table (&lt;code&gt;msgs &amp;gt; 10 and has(tool)&lt;/code&gt;), shows only those rows.&lt;/p&gt;&lt;h3&gt;4. Launch a fine-tuning job&lt;/h3&gt;&lt;p&gt;Enter your Together API key in &lt;b&gt;Settings › Connections…&lt;/b&gt; (it is kept in the system keychain). In the &lt;b&gt;Jobs&lt;/b&gt; pane, &lt;b&gt;New Fine-Tune…&lt;/b&gt; offers the open dataset: choose the base model and the settings, read the pre-flight summary (the verdict, the tokens and the price) and launch. The job's page then shows its progress, its events and its loss curve, and lets you download the result.&lt;/p&gt;&lt;h3&gt;5. Chat with it&lt;/h3&gt;&lt;p&gt;In the &lt;b&gt;Playground&lt;/b&gt; pane, pick a model (your finished fine-tunes are listed first), type a message and press &lt;b&gt;Send&lt;/b&gt;. &lt;b&gt;Compare&lt;/b&gt; adds a column to ask a second model the same question, for example the base model beside your fine-tune. &lt;b&gt;Edit › Try in Playground&lt;/b&gt; asks the models a row of your dataset, and &lt;b&gt;Add to Dataset&lt;/b&gt; turns a good conversation into a new row.&lt;/p&gt;&lt;h3&gt;No Together account yet?&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Try the Demo Connection&lt;/b&gt; on the welcome page starts a local server on this computer that answers as Together does, free: it has a dataset already uploaded, a finished job with its loss curve, one still training, and models to chat with. Every pane works with it. The connection list at the right of the status bar switches between the demo and your account.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Help › Keyboard Shortcuts&lt;/b&gt; lists every key.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Erste Schritte mit TuneDesk&lt;/h2&gt;&lt;h3&gt;1. Einen Datensatz öffnen&lt;/h3&gt;&lt;p&gt;Wählen Sie &lt;b&gt;Datei › Öffnen…&lt;/b&gt; oder legen Sie eine &lt;code&gt;.jsonl&lt;/code&gt;- oder &lt;code&gt;.jsonl.zst&lt;/code&gt;-Datei auf dem Fenster ab. Dateien jeder Größe öffnen sich sofort; die ersten Zeilen erscheinen, während der Rest gelesen wird. &lt;b&gt;Datei › Neuer Datensatz&lt;/b&gt; beginnt einen leeren. Jede Zeile ist eine Zeile der Tabelle; das Gespräch der gewählten Zeile steht daneben zum Lesen und Bearbeiten, ihr JSON darunter. Daten in anderer Form (ShareGPT, Alpaca, OpenAI-Chat, CSV und mehr) kommen über &lt;b&gt;Datei › Importieren…&lt;/b&gt; herein, das zeigt, wie die ersten Zeilen umgewandelt werden, bevor es Togethers Format schreibt.&lt;/p&gt;&lt;h3&gt;2. Ihn prüfen&lt;/h3&gt;&lt;p&gt;Die &lt;b&gt;Prüfungen&lt;/b&gt; unter der Tabelle laufen von selbst, nachdem die Datei geöffnet ist, und nach jeder Änderung. Die erste Zeile ist Togethers Urteil: ob Together die Datei annehmen würde. Darunter steht jedes Problem, nach Art geordnet; ein Klick zeigt seine Zeile. &lt;b&gt;Beheben&lt;/b&gt; und &lt;b&gt;Alle dieser Art beheben&lt;/b&gt; reparieren häufige Probleme in einem rückgängig machbaren Schritt, und &lt;b&gt;Datei › Bereinigte Kopie exportieren…&lt;/b&gt; schreibt eine Kopie mit nur den Zeilen, die Sie wollen. Speichern Sie mit &lt;b&gt;Datei › Speichern&lt;/b&gt;.&lt;/p&gt;&lt;h3&gt;3. Ihn kuratieren&lt;/h3&gt;&lt;p&gt;Die Prüfungen finden auch personenbezogene Daten und Geheimnisse (E-Mail-Adressen, Telefonnummern, Kartennummern, Schlüssel und Tokens); Beheben ersetzt sie durch Platzhalter wie &amp;lt;EMAIL&amp;gt;. &lt;b&gt;Bearbeiten › Beinahe-Duplikate finden…&lt;/b&gt; listet Zeilen, die fast gleich sind, nebeneinander mit den abweichenden Wörtern hervorgehoben, und behält die, die Sie wählen. &lt;b&gt;Ansicht › Statistik&lt;/b&gt; zeigt die Zeilen in Diagrammen: Ein Klick auf einen Balken oder ein Ausdruck im Feld &lt;b&gt;Filter&lt;/b&gt; über der Tabelle (&lt;code&gt;msgs &amp;gt; 10 and has(tool)&lt;/code&gt;) zeigt nur diese Zeilen.&lt;/p&gt;&lt;h3&gt;4. Ein Fine-Tuning starten&lt;/h3&gt;&lt;p&gt;Tragen Sie Ihren Together-API-Schlüssel unter &lt;b&gt;Einstellungen › Verbindungen …&lt;/b&gt; ein (er wird im Schlüsselbund des Systems aufbewahrt). Im Bereich &lt;b&gt;Jobs&lt;/b&gt; bietet &lt;b&gt;Neues Fine-Tuning …&lt;/b&gt; den geöffneten Datensatz an: Wählen Sie das Basismodell und die Einstellungen, lesen Sie die Vorabprüfung (Urteil, Tokens und Preis) und starten Sie. Die Seite des Jobs zeigt dann seinen Fortschritt, seine Ereignisse und seine Loss-Kurve und lädt das Ergebnis herunter.&lt;/p&gt;&lt;h3&gt;5. Damit chatten&lt;/h3&gt;&lt;p&gt;Wählen Sie im &lt;b&gt;Playground&lt;/b&gt; ein Modell (Ihre fertigen Fine-Tunings stehen zuerst), schreiben Sie eine Nachricht und drücken Sie &lt;b&gt;Senden&lt;/b&gt;. &lt;b&gt;Vergleichen&lt;/b&gt; fügt eine Spalte hinzu, um einem zweiten Modell dieselbe Frage zu stellen, etwa dem Basismodell neben Ihrem Fine-Tuning. &lt;b&gt;Bearbeiten › Im Playground ausprobieren&lt;/b&gt; stellt den Modellen eine Zeile Ihres Datensatzes, und &lt;b&gt;Zum Datensatz hinzufügen&lt;/b&gt; macht aus einem guten Gespräch eine neue Zeile.&lt;/p&gt;&lt;h3&gt;Noch kein Together-Konto?&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Demo-Verbindung ausprobieren&lt;/b&gt; auf der Startseite startet auf diesem Computer einen lokalen Server, der wie Together antwortet, kostenlos: mit einem bereits hochgeladenen Datensatz, einem fertigen Auftrag samt Loss-Kurve, einem, der noch trainiert, und Modellen zum Chatten. Jeder Bereich funktioniert damit. Die Verbindungsliste rechts in der Statusleiste wechselt zwischen der Demo und Ihrem Konto.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Hilfe › Tastenkürzel&lt;/b&gt; listet jede Taste.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>td::HfTokenizerDownload</name>
        <message>
            <source>"%1" is not a Hugging Face repository name (organization/name).</source>
            <translation>„%1“ ist kein Repository-Name von Hugging Face (Organisation/Name).</translation>
        </message>
        <message>
            <source>A folder for the download cannot be made in %1: %2</source>
            <translation>In %1 lässt sich kein Ordner für den Download anlegen: %2</translation>
        </message>
        <message>
            <source>%1 is gated: accept its license on huggingface.co/%1, then give your Hugging Face token (it is kept in the keychain).</source>
            <translation>%1 ist zugangsbeschränkt: Akzeptieren Sie die Lizenz auf huggingface.co/%1 und geben Sie dann Ihr Hugging-Face-Token an (es wird im Schlüsselbund aufbewahrt).</translation>
        </message>
        <message>
            <source>Hugging Face refused the token for %1 (%2): accept the model's license on huggingface.co/%1 with the account the token belongs to, or check the token.</source>
            <translation>Hugging Face hat das Token für %1 abgelehnt (%2): Akzeptieren Sie die Lizenz des Modells auf huggingface.co/%1 mit dem Konto, zu dem das Token gehört, oder prüfen Sie das Token.</translation>
        </message>
        <message>
            <source>Hugging Face has no %1 in %2 (revision %3).</source>
            <translation>Hugging Face hat kein %1 in %2 (Revision %3).</translation>
        </message>
        <message>
            <source>%1 of %2 could not be read from Hugging Face: %3</source>
            <translation>%1 von %2 ließ sich nicht von Hugging Face lesen: %3</translation>
        </message>
        <message>
            <source>Asking Hugging Face for %1…</source>
            <translation>Frage Hugging Face nach %1 …</translation>
        </message>
        <message>
            <source>The repository</source>
            <translation>Das Repository</translation>
        </message>
        <message>
            <source>Hugging Face's answer about %1 named no commit.</source>
            <translation>Die Antwort von Hugging Face zu %1 nannte keinen Commit.</translation>
        </message>
        <message>
            <source>Downloading %1 of %2…</source>
            <translation>Lade %1 von %2 herunter …</translation>
        </message>
        <message>
            <source>Hugging Face sent %1 somewhere TuneDesk does not follow (%2).</source>
            <translation>Hugging Face hat %1 an einen Ort verwiesen, dem TuneDesk nicht folgt (%2).</translation>
        </message>
        <message>
            <source>The files of %1 are not a tokenizer TuneDesk can use: %2</source>
            <translation>Die Dateien von %1 sind kein Tokenizer, den TuneDesk verwenden kann: %2</translation>
        </message>
        <message>
            <source>%1 cannot be written: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>%1 cannot be replaced (is it open elsewhere?).</source>
            <translation>%1 lässt sich nicht ersetzen (anderswo geöffnet?).</translation>
        </message>
        <message>
            <source>The tokenizer cannot be moved into %1.</source>
            <translation>Der Tokenizer lässt sich nicht nach %1 verschieben.</translation>
        </message>
    </context>
    <context>
        <name>td::Import</name>
        <message>
            <source>ShareGPT</source>
            <translation>ShareGPT</translation>
        </message>
        <message>
            <source>Alpaca</source>
            <translation>Alpaca</translation>
        </message>
        <message>
            <source>OpenAI chat</source>
            <translation>OpenAI-Chat</translation>
        </message>
        <message>
            <source>Prompt/completion</source>
            <translation>Prompt/Completion</translation>
        </message>
        <message>
            <source>Plain text</source>
            <translation>Reiner Text</translation>
        </message>
        <message>
            <source>Hugging Face chat export</source>
            <translation>Hugging-Face-Chat-Export</translation>
        </message>
        <message>
            <source>CSV</source>
            <translation>CSV</translation>
        </message>
        <message>
            <source>TSV</source>
            <translation>TSV</translation>
        </message>
        <message>
            <source>Detect automatically</source>
            <translation>Automatisch erkennen</translation>
        </message>
        <message>
            <source>conversational</source>
            <translation>Konversation</translation>
        </message>
        <message>
            <source>instruction</source>
            <translation>Instruktion</translation>
        </message>
        <message>
            <source>general (text)</source>
            <translation>allgemein (Text)</translation>
        </message>
        <message>
            <source>"%1" is not a mapping: write slot=source, for example user=question,assistant=answer.</source>
            <translation>„%1“ ist keine Zuordnung: Schreiben Sie Ziel=Quelle, zum Beispiel user=question,assistant=answer.</translation>
        </message>
        <message>
            <source>the row is longer than %1 MiB</source>
            <translation>die Zeile ist länger als %1 MiB</translation>
        </message>
        <message>
            <source>the row is longer than %1 bytes</source>
            <translation>die Zeile ist länger als %1 Bytes</translation>
        </message>
        <message>
            <source>a quoted field that starts in this row is never closed (a " is missing)</source>
            <translation>ein Feld in Anführungszeichen, das in dieser Zeile beginnt, wird nie geschlossen (ein " fehlt)</translation>
        </message>
        <message>
            <source>the file does not start with a JSON array ([)</source>
            <translation>die Datei beginnt nicht mit einem JSON-Array ([)</translation>
        </message>
        <message>
            <source>text after the end of the JSON array</source>
            <translation>Text nach dem Ende des JSON-Arrays</translation>
        </message>
        <message>
            <source>the file ends inside this value (a } or ] is missing)</source>
            <translation>die Datei endet innerhalb dieses Werts (ein } oder ] fehlt)</translation>
        </message>
        <message>
            <source>the JSON array is not closed (a ] is missing)</source>
            <translation>das JSON-Array ist nicht geschlossen (ein ] fehlt)</translation>
        </message>
    </context>
    <context>
        <name>td::ImportDialog</name>
        <message>
            <source>Import Dataset</source>
            <translation>Datensatz importieren</translation>
        </message>
        <message>
            <source>File to import</source>
            <translation>Zu importierende Datei</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>Durc&amp;hsuchen…</translation>
        </message>
        <message>
            <source>Choose the file to import</source>
            <translation>Die zu importierende Datei wählen</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <source>Chat data (*.jsonl *.json *.csv *.tsv *.txt);;All files (*)</source>
            <translation>Chatdaten (*.jsonl *.json *.csv *.tsv *.txt);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Input format</source>
            <translation>Eingabeformat</translation>
        </message>
        <message>
            <source>Field mapping</source>
            <translation>Feldzuordnung</translation>
        </message>
        <message>
            <source>slot=source,… for example user=question,assistant=answer</source>
            <translation>Slot=Quelle,… zum Beispiel user=question,assistant=answer</translation>
        </message>
        <message>
            <source>Where each part of a row comes from. CSV/TSV: system, user, assistant (in message order; a role may repeat), or prompt and completion, or text, each = a column name or number. JSON formats: the format's keys = the keys the file uses (conversations=dialog, from=speaker, …).</source>
            <translation>Woher jeder Teil einer Zeile kommt. CSV/TSV: system, user, assistant (in Nachrichtenreihenfolge; eine Rolle darf sich wiederholen) oder prompt und completion oder text, jeweils = ein Spaltenname oder eine Spaltennummer. JSON-Formate: die Schlüssel des Formats = die Schlüssel, die die Datei verwendet (conversations=dialog, from=speaker, …).</translation>
        </message>
        <message>
            <source>What was detected</source>
            <translation>Was erkannt wurde</translation>
        </message>
        <message>
            <source>Preview of the first rows before and after</source>
            <translation>Vorschau der ersten Zeilen vorher und nachher</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>In the file</source>
            <translation>In der Datei</translation>
        </message>
        <message>
            <source>Converted (or why not)</source>
            <translation>Umgewandelt (oder warum nicht)</translation>
        </message>
        <message>
            <source>Rows that were not converted</source>
            <translation>Nicht umgewandelte Zeilen</translation>
        </message>
        <message>
            <source>Write the converted file to</source>
            <translation>Die umgewandelte Datei schreiben nach</translation>
        </message>
        <message>
            <source>B&amp;rowse…</source>
            <translation>Du&amp;rchsuchen…</translation>
        </message>
        <message>
            <source>Choose where to write the converted file</source>
            <translation>Wählen, wohin die umgewandelte Datei geschrieben wird</translation>
        </message>
        <message>
            <source>Write To</source>
            <translation>Schreiben nach</translation>
        </message>
        <message>
            <source>JSONL (*.jsonl);;JSONL compressed with zstd (*.jsonl.zst)</source>
            <translation>JSONL (*.jsonl);;JSONL mit zstd komprimiert (*.jsonl.zst)</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Importfortschritt</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message>
            <source>Open the converted file in the workbench</source>
            <translation>Die umgewandelte Datei in der Werkbank öffnen</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Datei:</translation>
        </message>
        <message>
            <source>F&amp;ormat:</source>
            <translation>F&amp;ormat:</translation>
        </message>
        <message>
            <source>&amp;Mapping:</source>
            <translation>&amp;Zuordnung:</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <source>Refused rows</source>
            <translation>Abgewiesene Zeilen</translation>
        </message>
        <message>
            <source>&amp;Write to:</source>
            <translation>&amp;Schreiben nach:</translation>
        </message>
        <message>
            <source>Detected %1 (%2% of the first %3 rows convert): %4</source>
            <translation>%1 erkannt (%2% der ersten %3 Zeilen lassen sich umwandeln): %4</translation>
        </message>
        <message>
            <source>%1 (%2% of the first %3 rows convert): %4</source>
            <translation>%1 (%2% der ersten %3 Zeilen lassen sich umwandeln): %4</translation>
        </message>
        <message>
            <source>Not converted: %1</source>
            <translation>Nicht umgewandelt: %1</translation>
        </message>
        <message>
            <source>Converting %1…</source>
            <translation>%1 wird umgewandelt…</translation>
        </message>
        <message>
            <source>Cancelled; nothing was written.</source>
            <translation>Abgebrochen; es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Zeile %1: %2</translation>
        </message>
        <message>
            <source>… and %1 more</source>
            <translation>… und %1 weitere</translation>
        </message>
        <message>
            <source>Not checked (Together's checker reads only .jsonl).</source>
            <translation>Nicht geprüft (die Prüfung von Together liest nur .jsonl).</translation>
        </message>
        <message>
            <source>Together's checker would accept it.</source>
            <translation>Die Prüfung von Together würde sie annehmen.</translation>
        </message>
        <message>
            <source>Together's checker would reject it: %1</source>
            <translation>die Prüfung von Together würde sie ablehnen: %1</translation>
        </message>
        <message>
            <source>Wrote %1 %2 rows to %3; %4 of %5 rows refused. %6</source>
            <translation>%1 %2-Zeilen nach %3 geschrieben; %4 von %5 Zeilen abgewiesen. %6</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Spalten</translation>
        </message>
        <message>
            <source>O&amp;pen in Workbench</source>
            <translation>In der Werkbank ö&amp;ffnen</translation>
        </message>
        <message>
            <source>%1 is a folder: choose a file in it.</source>
            <translation>%1 ist ein Ordner: Wählen Sie eine Datei darin.</translation>
        </message>
        <message>
            <source>There is no file at %1.</source>
            <translation>Unter %1 gibt es keine Datei.</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Abbrechen</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>Schließ&amp;en</translation>
        </message>
        <message>
            <source>Replace the File?</source>
            <translation>Datei ersetzen?</translation>
        </message>
        <message>
            <source>%1 exists. Replace it with the converted rows?</source>
            <translation>%1 existiert. Durch die umgewandelten Zeilen ersetzen?</translation>
        </message>
    </context>
    <context>
        <name>td::JobLauncher</name>
        <message>
            <source>Looking for the earlier upload of %1…</source>
            <translation>Das frühere Hochladen von %1 wird gesucht…</translation>
        </message>
        <message>
            <source>Checking %1…</source>
            <translation>%1 wird geprüft …</translation>
        </message>
        <message>
            <source>Together's checker would reject %1: %2</source>
            <translation>Die Prüfung von Together würde %1 ablehnen: %2</translation>
        </message>
        <message>
            <source>Uploading %1…</source>
            <translation>%1 wird hochgeladen …</translation>
        </message>
        <message>
            <source>Upload failed: %1</source>
            <translation>Hochladen fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>Waiting for Together to validate %1…</source>
            <translation>Warten, bis Together %1 geprüft hat…</translation>
        </message>
        <message>
            <source>Together is validating %1 (%2)…</source>
            <translation>Together prüft %1 (%2)…</translation>
        </message>
        <message>
            <source>Could not read the validation status of %1: %2</source>
            <translation>Der Prüfstatus von %1 ließ sich nicht lesen: %2</translation>
        </message>
        <message>
            <source>Together has not finished validating %1 (%2, still %3). Launch again later; the upload is reused.</source>
            <translation>Together hat die Prüfung von %1 noch nicht abgeschlossen (%2, noch %3). Starten Sie später erneut; das Hochgeladene wird wiederverwendet.</translation>
        </message>
        <message>
            <source>Asking Together for the price…</source>
            <translation>Together wird nach dem Preis gefragt…</translation>
        </message>
        <message>
            <source>Creating the fine-tune…</source>
            <translation>Fine-Tuning wird angelegt …</translation>
        </message>
    </context>
    <context>
        <name>td::JobPage</name>
        <message>
            <source>&amp;Cancel Job…</source>
            <translation>Job &amp;abbrechen …</translation>
        </message>
        <message>
            <source>&amp;Download Model…</source>
            <translation>Modell &amp;herunterladen …</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stopp</translation>
        </message>
        <message>
            <source>%v / %m steps</source>
            <translation>%v / %m Schritte</translation>
        </message>
        <message>
            <source>Checkpoint</source>
            <translation>Checkpoint</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Gespeichert</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>Loss</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Ereignisse</translation>
        </message>
        <message>
            <source>Checkpoints</source>
            <translation>Checkpoints</translation>
        </message>
        <message>
            <source>Merged Model</source>
            <translation>Zusammengeführtes Modell</translation>
        </message>
        <message>
            <source>LoRA Adapter</source>
            <translation>LoRA-Adapter</translation>
        </message>
        <message>
            <source>No job selected</source>
            <translation>Kein Job ausgewählt</translation>
        </message>
        <message>
            <source>%1 from %2</source>
            <translation>%1 von %2</translation>
        </message>
        <message>
            <source>LoRA</source>
            <translation>LoRA</translation>
        </message>
        <message>
            <source>Full fine-tune</source>
            <translation>Volles Fine-Tuning</translation>
        </message>
        <message numerus="yes">
            <source>%n epoch(s)</source>
            <translation>
                <numerusform>%n Epoche</numerusform>
                <numerusform>%n Epochen</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 tokens</source>
            <translation>%1 Tokens</translation>
        </message>
        <message>
            <source>created %1</source>
            <translation>erstellt %1</translation>
        </message>
        <message>
            <source>C&amp;lone Settings…</source>
            <translation>Einstellungen ü&amp;bernehmen …</translation>
        </message>
        <message>
            <source>Open in &amp;Playground</source>
            <translation>Im &amp;Playground öffnen</translation>
        </message>
        <message>
            <source>D&amp;eploy…</source>
            <translation>B&amp;ereitstellen…</translation>
        </message>
        <message>
            <source>Gradient norm</source>
            <translation>Gradientennorm</translation>
        </message>
        <message>
            <source>Learning rate</source>
            <translation>Lernrate</translation>
        </message>
        <message>
            <source>Download &amp;Tokenized Dataset…</source>
            <translation>&amp;Tokenisierten Datensatz herunterladen…</translation>
        </message>
        <message>
            <source>Download C&amp;heckpoint…</source>
            <translation>&amp;Checkpoint herunterladen…</translation>
        </message>
        <message>
            <source>Gradient Norm</source>
            <translation>Gradientennorm</translation>
        </message>
        <message>
            <source>Learning Rate</source>
            <translation>Lernrate</translation>
        </message>
        <message>
            <source>Deploy this fine-tune on a dedicated endpoint, priced per hour before anything starts</source>
            <translation>Dieses Fine-Tuning auf einem dedizierten Endpunkt bereitstellen, mit Stundenpreis, bevor etwas startet</translation>
        </message>
        <message>
            <source>Download the training data as Together tokenized it (input ids and labels)</source>
            <translation>Die Trainingsdaten so herunterladen, wie Together sie tokenisiert hat (Input-IDs und Labels)</translation>
        </message>
        <message>
            <source>E&amp;valuate against Its Base…</source>
            <translation>Gegen die Basis e&amp;valuieren…</translation>
        </message>
        <message>
            <source>Train loss</source>
            <translation>Trainings-Loss</translation>
        </message>
        <message>
            <source>Eval loss</source>
            <translation>Evaluierungs-Loss</translation>
        </message>
        <message>
            <source>Measured from the times the server logged the steps at; "—" when it has not told enough yet</source>
            <translation>Gemessen an den Zeiten, zu denen der Server die Schritte protokolliert hat; „—“, solange er noch nicht genug gemeldet hat</translation>
        </message>
        <message>
            <source>Run held-out rows of the open dataset through the fine-tune and its base, side by side</source>
            <translation>Zurückgehaltene Zeilen des offenen Datensatzes nebeneinander durch das Fine-Tuning und seine Basis laufen lassen</translation>
        </message>
        <message>
            <source>%1 (step %2)</source>
            <translation>%1 (Schritt %2)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
    </context>
    <context>
        <name>td::JobsFilterModel</name>
        <message>
            <source>All jobs</source>
            <translation>Alle Jobs</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
        </message>
    </context>
    <context>
        <name>td::JobsModel</name>
        <message>
            <source>Pending</source>
            <translation>Wartend</translation>
        </message>
        <message>
            <source>Queued (%1 ahead)</source>
            <translation>In der Warteschlange (%1 davor)</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>In der Warteschlange</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Läuft</translation>
        </message>
        <message>
            <source>Compressing</source>
            <translation>Komprimieren</translation>
        </message>
        <message>
            <source>Uploading</source>
            <translation>Hochladen</translation>
        </message>
        <message>
            <source>Cancelling</source>
            <translation>Wird abgebrochen</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Failed (data or settings)</source>
            <translation>Fehlgeschlagen (Daten oder Einstellungen)</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>%1 / %2 steps</source>
            <translation>%1 / %2 Schritte</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Base model</source>
            <translation>Basismodell</translation>
        </message>
        <message>
            <source>Fine-tuned model</source>
            <translation>Feinabgestimmtes Modell</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Preis</translation>
        </message>
    </context>
    <context>
        <name>td::JobsPane</name>
        <message>
            <source>Connections…</source>
            <translation>Verbindungen …</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>Ak&amp;tualisieren</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n job(s)</source>
            <translation>
                <numerusform>%1: %n Job</numerusform>
                <numerusform>%1: %n Jobs</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not refresh: %1 (trying again)</source>
            <translation>Aktualisieren fehlgeschlagen: %1 (neuer Versuch folgt)</translation>
        </message>
        <message>
            <source>Fine-tune %1</source>
            <translation>Fine-Tuning %1</translation>
        </message>
        <message>
            <source>Not connected: %1</source>
            <translation>Nicht verbunden: %1</translation>
        </message>
        <message>
            <source>Cancel Fine-Tune</source>
            <translation>Fine-Tuning abbrechen</translation>
        </message>
        <message>
            <source>Cancel %1? The tokens already processed are billed; this cannot be undone.</source>
            <translation>%1 abbrechen? Die schon verarbeiteten Tokens werden berechnet; das lässt sich nicht rückgängig machen.</translation>
        </message>
        <message>
            <source>Download Into</source>
            <translation>Herunterladen nach</translation>
        </message>
        <message>
            <source>Downloading %1…</source>
            <translation>%1 wird heruntergeladen …</translation>
        </message>
        <message>
            <source>Downloading %1: %2 of %3</source>
            <translation>%1 wird heruntergeladen: %2 von %3</translation>
        </message>
        <message>
            <source>unknown size</source>
            <translation>unbekannter Größe</translation>
        </message>
        <message>
            <source>The connection dropped (%1); resuming…</source>
            <translation>Die Verbindung brach ab (%1); es geht weiter …</translation>
        </message>
        <message>
            <source>Download stopped; starting it again resumes where it stopped.</source>
            <translation>Download angehalten; ein neuer Start setzt dort fort.</translation>
        </message>
        <message>
            <source>Download failed: %1</source>
            <translation>Download fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>Unpacking %1…</source>
            <translation>%1 wird entpackt …</translation>
        </message>
        <message numerus="yes">
            <source>Unpacked %n file(s) into %1</source>
            <translation>
                <numerusform>%n Datei nach %1 entpackt</numerusform>
                <numerusform>%n Dateien nach %1 entpackt</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;New Fine-Tune…</source>
            <translation>&amp;Neues Fine-Tuning …</translation>
        </message>
        <message>
            <source>Fine-tuning jobs</source>
            <translation>Fine-Tuning-Jobs</translation>
        </message>
        <message>
            <source>Serving the result: asking Together (a 1-token chat to %1 and its models for dedicated inference)…</source>
            <translation>Bereitstellung des Ergebnisses: Together wird gefragt (ein 1-Token-Chat an %1 und die Modelle für dedizierte Inferenz)…</translation>
        </message>
        <message>
            <source>Downloaded the tokenized dataset to %1</source>
            <translation>Tokenisierter Datensatz nach %1 heruntergeladen</translation>
        </message>
        <message>
            <source>Asking Together for the tokenized dataset…</source>
            <translation>Together wird nach dem tokenisierten Datensatz gefragt…</translation>
        </message>
        <message>
            <source>Co&amp;mpare Loss</source>
            <translation>Loss ver&amp;gleichen</translation>
        </message>
        <message>
            <source>Search jobs</source>
            <translation>Jobs durchsuchen</translation>
        </message>
        <message>
            <source>Search id, model, suffix…</source>
            <translation>ID, Modell, Suffix suchen…</translation>
        </message>
        <message>
            <source>Every word must appear in the job's id, base model, suffix or output name</source>
            <translation>Jedes Wort muss in ID, Basismodell, Suffix oder Ausgabenamen des Jobs vorkommen</translation>
        </message>
        <message>
            <source>Show jobs</source>
            <translation>Jobs anzeigen</translation>
        </message>
        <message>
            <source>Overlay the train loss of the selected jobs (select several with Ctrl or Shift)</source>
            <translation>Den Trainings-Loss der ausgewählten Jobs überlagern (mehrere mit Strg oder Umschalt auswählen)</translation>
        </message>
        <message>
            <source>Launch Your First Fine-&amp;Tune…</source>
            <translation>Ihr erstes Fine-&amp;Tuning starten…</translation>
        </message>
        <message>
            <source>Try the &amp;Demo Connection</source>
            <translation>Demo-Verbindung aus&amp;probieren</translation>
        </message>
        <message>
            <source>A local server that behaves like Together: no account, nothing leaves this machine</source>
            <translation>Ein lokaler Server, der sich wie Together verhält: kein Konto, nichts verlässt diesen Rechner</translation>
        </message>
        <message>
            <source>&amp;Connect to Together…</source>
            <translation>Mit Together &amp;verbinden…</translation>
        </message>
        <message>
            <source>The demo connection could not start</source>
            <translation>Die Demo-Verbindung konnte nicht starten</translation>
        </message>
        <message>
            <source>No fine-tuning jobs on %1 yet</source>
            <translation>Noch keine Fine-Tuning-Jobs bei %1</translation>
        </message>
        <message>
            <source>Open a dataset in the Dataset pane (Ctrl+1), then choose New Fine-Tune… to launch one. Its progress, events and loss curve appear here as it runs.</source>
            <translation>Öffnen Sie einen Datensatz im Bereich Datensatz (Strg+1) und wählen Sie dann „Neues Fine-Tuning…“, um einen zu starten. Fortschritt, Ereignisse und Loss-Kurve erscheinen hier, während er läuft.</translation>
        </message>
        <message>
            <source>%1: %2 of %3 jobs shown</source>
            <translation>%1: %2 von %3 Jobs angezeigt</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>Verbinde mit %1…</translation>
        </message>
        <message>
            <source>Not connected to %1</source>
            <translation>Nicht mit %1 verbunden</translation>
        </message>
        <message>
            <source>%1

Connect with your Together API key, or try the demo connection: a local server that behaves like Together, so you can launch and watch a fine-tune without an account.</source>
            <translation>%1

Verbinden Sie sich mit Ihrem Together-API-Schlüssel oder probieren Sie die Demo-Verbindung aus: ein lokaler Server, der sich wie Together verhält, sodass Sie ohne Konto ein Fine-Tuning starten und beobachten können.</translation>
        </message>
        <message>
            <source>Loading jobs from %1…</source>
            <translation>Jobs werden von %1 geladen…</translation>
        </message>
        <message>
            <source>Fi&amp;les…</source>
            <translation>Date&amp;ien …</translation>
        </message>
    </context>
    <context>
        <name>td::JsonErrorText</name>
        <message>
            <source>%1, near: %2</source>
            <translation>%1, bei: %2</translation>
        </message>
    </context>
    <context>
        <name>td::KeyDestination</name>
        <message>
            <source>Refusing to send the API key to %1 over plain HTTP, where anyone on the way can read it. Use an https:// URL (plain http:// is allowed only for this machine: localhost, 127.0.0.1, ::1).</source>
            <translation>Der API-Schlüssel wird nicht über unverschlüsseltes HTTP an %1 gesendet, wo ihn jeder auf dem Weg lesen kann. Verwenden Sie eine https://-URL (reines http:// ist nur für diesen Rechner erlaubt: localhost, 127.0.0.1, ::1).</translation>
        </message>
        <message>
            <source>The base URL %1 is not an http:// or https:// URL; no API key is sent to it.</source>
            <translation>Die Basis-URL %1 ist keine http://- oder https://-URL; es wird kein API-Schlüssel an sie gesendet.</translation>
        </message>
        <message>
            <source>Note: the Together API key is sent to %1, which is not Together's server.</source>
            <translation>Hinweis: Der Together-API-Schlüssel wird an %1 gesendet, das nicht der Server von Together ist.</translation>
        </message>
    </context>
    <context>
        <name>td::KeychainSecretStore</name>
        <message>
            <source>Keychain: %1</source>
            <translation>Schlüsselbund: %1</translation>
        </message>
        <message>
            <source>the system keychain</source>
            <translation>dem Schlüsselbund des Systems</translation>
        </message>
        <message>
            <source>No secret stored for %1</source>
            <translation>Für %1 ist nichts gespeichert</translation>
        </message>
    </context>
    <context>
        <name>td::Lint</name>
        <message>
            <source>error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>info</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>Write the weight as 0 or 1</source>
            <translation>Das Gewicht als 0 oder 1 schreiben</translation>
        </message>
        <message>
            <source>Remove the extra top-level keys</source>
            <translation>Die überzähligen Schlüssel entfernen</translation>
        </message>
        <message>
            <source>Merge consecutive messages of the same role</source>
            <translation>Aufeinanderfolgende Nachrichten derselben Rolle zusammenführen</translation>
        </message>
        <message>
            <source>Remove the byte order mark</source>
            <translation>Die Bytereihenfolgemarke entfernen</translation>
        </message>
        <message>
            <source>Delete the row</source>
            <translation>Die Zeile löschen</translation>
        </message>
        <message>
            <source>text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>conversation</source>
            <translation>Konversation</translation>
        </message>
        <message>
            <source>instruction</source>
            <translation>Instruktion</translation>
        </message>
        <message>
            <source>preference</source>
            <translation>Präferenz</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>The line is JSON but not an object (found %1).</source>
            <translation>Die Zeile ist JSON, aber kein Objekt (gefunden: %1).</translation>
        </message>
        <message>
            <source>Extra top-level key "%1": a %2 row may only have %3.</source>
            <translation>Überzähliger Schlüssel „%1“: eine Zeile im Format %2 darf nur %3 haben.</translation>
        </message>
        <message>
            <source>No dataset format fits this row's keys %1. Use messages; prompt and completion; text; or input, preferred_output and non_preferred_output.</source>
            <translation>Kein Datensatzformat passt zu den Schlüsseln %1 dieser Zeile. Verwenden Sie messages; prompt und completion; text; oder input, preferred_output und non_preferred_output.</translation>
        </message>
        <message>
            <source>The assistant's answer is empty: the model would learn to say nothing.</source>
            <translation>Die Antwort des Assistenten ist leer: das Modell würde lernen, nichts zu sagen.</translation>
        </message>
        <message>
            <source>Content must be a string or a list of content parts, not %1.</source>
            <translation>Der Inhalt muss ein String oder eine Liste von Inhaltsteilen sein, nicht %1.</translation>
        </message>
        <message>
            <source>A content part must be an object.</source>
            <translation>Ein Inhaltsteil muss ein Objekt sein.</translation>
        </message>
        <message>
            <source>A content part needs a "type" ("text" or "image_url").</source>
            <translation>Ein Inhaltsteil braucht einen „type“ („text“ oder „image_url“).</translation>
        </message>
        <message>
            <source>A text part needs "text" as a string, got %1.</source>
            <translation>Ein Textteil braucht „text“ als String, gefunden: %1.</translation>
        </message>
        <message>
            <source>Only user messages can contain images.</source>
            <translation>Nur Nutzernachrichten dürfen Bilder enthalten.</translation>
        </message>
        <message>
            <source>An image part needs "image_url" as an object.</source>
            <translation>Ein Bildteil braucht „image_url“ als Objekt.</translation>
        </message>
        <message>
            <source>An image part needs a non-empty "url" string.</source>
            <translation>Ein Bildteil braucht einen nicht leeren String „url“.</translation>
        </message>
        <message>
            <source>Images must be embedded as data:image/jpeg, png or webp;base64,… URLs, not links.</source>
            <translation>Bilder müssen als data:image/jpeg-, png- oder webp;base64,…-URLs eingebettet sein, nicht als Links.</translation>
        </message>
        <message>
            <source>The image is about %1 bytes; the limit is 10 MB.</source>
            <translation>Das Bild hat etwa %1 Bytes; die Grenze ist 10 MB.</translation>
        </message>
        <message>
            <source>A content part's type must be "text" or "image_url", got %1.</source>
            <translation>Der Typ eines Inhaltsteils muss „text“ oder „image_url“ sein, gefunden: %1.</translation>
        </message>
        <message>
            <source>A message may hold at most 10 images; this one has %1.</source>
            <translation>Eine Nachricht darf höchstens 10 Bilder enthalten; diese hat %1.</translation>
        </message>
        <message>
            <source>Messages with images cannot have a non-zero weight.</source>
            <translation>Nachrichten mit Bildern dürfen kein Gewicht ungleich 0 haben.</translation>
        </message>
        <message>
            <source>A weight must be 0 or 1, got %1.</source>
            <translation>Ein Gewicht muss 0 oder 1 sein, gefunden: %1.</translation>
        </message>
        <message>
            <source>The weight is %1; Together reads it as %2, other trainers may not. Write 0 or 1.</source>
            <translation>Das Gewicht ist %1; Together liest es als %2, andere Trainer womöglich nicht. Schreiben Sie 0 oder 1.</translation>
        </message>
        <message>
            <source>The weight %1 must be written as an integer.</source>
            <translation>Das Gewicht %1 muss als ganze Zahl geschrieben werden.</translation>
        </message>
        <message>
            <source>A weight must be the integer 0 or 1, got %1.</source>
            <translation>Ein Gewicht muss die ganze Zahl 0 oder 1 sein, gefunden: %1.</translation>
        </message>
        <message>
            <source>"messages" must be a list, not %1.</source>
            <translation>„messages“ muss eine Liste sein, nicht %1.</translation>
        </message>
        <message>
            <source>"messages" is empty.</source>
            <translation>„messages“ ist leer.</translation>
        </message>
        <message>
            <source>A message must be an object, not %1.</source>
            <translation>Eine Nachricht muss ein Objekt sein, nicht %1.</translation>
        </message>
        <message>
            <source>The message has no "role".</source>
            <translation>Die Nachricht hat keine „role“.</translation>
        </message>
        <message>
            <source>The role must be a string, not %1.</source>
            <translation>Die Rolle muss ein String sein, nicht %1.</translation>
        </message>
        <message>
            <source>Unknown role "%1"; possible roles: %2.</source>
            <translation>Unbekannte Rolle „%1“; mögliche Rollen: %2.</translation>
        </message>
        <message>
            <source>Two %1 messages in a row; roles must alternate between user and assistant.</source>
            <translation>Zwei %1-Nachrichten hintereinander; die Rollen müssen zwischen user und assistant wechseln.</translation>
        </message>
        <message>
            <source>An assistant message needs "content" or "tool_calls".</source>
            <translation>Eine Assistentennachricht braucht „content“ oder „tool_calls“.</translation>
        </message>
        <message>
            <source>The message has no "content".</source>
            <translation>Die Nachricht hat keinen „content“.</translation>
        </message>
        <message>
            <source>Only assistant messages can have tool calls.</source>
            <translation>Nur Assistentennachrichten dürfen Tool-Aufrufe haben.</translation>
        </message>
        <message>
            <source>Messages of one conversation must be all text or all multimodal.</source>
            <translation>Die Nachrichten einer Konversation müssen alle Text oder alle multimodal sein.</translation>
        </message>
        <message>
            <source>A conversation may hold at most 10 images; this one has %1.</source>
            <translation>Eine Konversation darf höchstens 10 Bilder enthalten; diese hat %1.</translation>
        </message>
        <message>
            <source>A multimodal conversation must contain at least one image.</source>
            <translation>Eine multimodale Konversation muss mindestens ein Bild enthalten.</translation>
        </message>
        <message>
            <source>There is no assistant message, so there is nothing to learn.</source>
            <translation>Es gibt keine Assistentennachricht, also nichts zu lernen.</translation>
        </message>
        <message>
            <source>Every message has weight 0: nothing in this row would be trained on.</source>
            <translation>Jede Nachricht hat Gewicht 0: auf dieser Zeile würde nichts trainiert.</translation>
        </message>
        <message>
            <source>"tools" must be a non-empty list when present.</source>
            <translation>„tools“ muss, wenn vorhanden, eine nicht leere Liste sein.</translation>
        </message>
        <message>
            <source>Each tool needs "type": "function".</source>
            <translation>Jedes Tool braucht „type“: „function“.</translation>
        </message>
        <message>
            <source>Each tool needs a "function" object.</source>
            <translation>Jedes Tool braucht ein Objekt „function“.</translation>
        </message>
        <message>
            <source>Each tool function needs a "name" string.</source>
            <translation>Jede Tool-Funktion braucht einen String „name“.</translation>
        </message>
        <message>
            <source>"tool_calls" must be a list.</source>
            <translation>„tool_calls“ muss eine Liste sein.</translation>
        </message>
        <message>
            <source>Each tool call must have a "type".</source>
            <translation>Jeder Tool-Aufruf braucht einen „type“.</translation>
        </message>
        <message>
            <source>A function tool call needs a "function" object.</source>
            <translation>Ein Funktionsaufruf braucht ein Objekt „function“.</translation>
        </message>
        <message>
            <source>The tool call's function needs a "name" string.</source>
            <translation>Die Funktion des Tool-Aufrufs braucht einen String „name“.</translation>
        </message>
        <message>
            <source>The tool call names "%1", which is not in this row's tools.</source>
            <translation>Der Tool-Aufruf nennt „%1“, das nicht unter den Tools dieser Zeile ist.</translation>
        </message>
        <message>
            <source>"arguments" must be a JSON object serialized as a string.</source>
            <translation>„arguments“ muss ein als String serialisiertes JSON-Objekt sein.</translation>
        </message>
        <message>
            <source>"arguments" is not valid JSON.</source>
            <translation>„arguments“ ist kein gültiges JSON.</translation>
        </message>
        <message>
            <source>"arguments" must decode to a JSON object.</source>
            <translation>„arguments“ muss ein JSON-Objekt ergeben.</translation>
        </message>
        <message>
            <source>"input" must be an object with "messages".</source>
            <translation>„input“ muss ein Objekt mit „messages“ sein.</translation>
        </message>
        <message>
            <source>"input" has no "messages".</source>
            <translation>„input“ hat keine „messages“.</translation>
        </message>
        <message>
            <source>The input conversation must not end with an assistant message.</source>
            <translation>Die Eingabekonversation darf nicht mit einer Assistentennachricht enden.</translation>
        </message>
        <message>
            <source>"%1" must be a list of exactly one message.</source>
            <translation>„%1“ muss eine Liste mit genau einer Nachricht sein.</translation>
        </message>
        <message>
            <source>The answer must be a message with the assistant role.</source>
            <translation>Die Antwort muss eine Nachricht mit der Rolle assistant sein.</translation>
        </message>
        <message>
            <source>The answer has no "content".</source>
            <translation>Die Antwort hat keinen „content“.</translation>
        </message>
        <message>
            <source>Blank line: Together's checker rejects the file because of it.</source>
            <translation>Leerzeile: die Prüfung von Together lehnt deswegen die Datei ab.</translation>
        </message>
        <message>
            <source>The line starts with a UTF-8 byte order mark, which makes it invalid JSON.</source>
            <translation>Die Zeile beginnt mit einer UTF-8-Bytereihenfolgemarke, die sie zu ungültigem JSON macht.</translation>
        </message>
        <message>
            <source>The line is not valid UTF-8.</source>
            <translation>Die Zeile ist kein gültiges UTF-8.</translation>
        </message>
        <message>
            <source>Not valid JSON for Python's parser.</source>
            <translation>Für Pythons Parser kein gültiges JSON.</translation>
        </message>
        <message>
            <source>Not valid JSON at byte %1: %2</source>
            <translation>Kein gültiges JSON bei Byte %1: %2</translation>
        </message>
        <message>
            <source>Not valid JSON: %1</source>
            <translation>Kein gültiges JSON: %1</translation>
        </message>
        <message>
            <source>The key "%1" appears twice in one object; Together keeps the last value, other tools the first.</source>
            <translation>Der Schlüssel „%1“ kommt in einem Objekt zweimal vor; Together nimmt den letzten Wert, andere Werkzeuge den ersten.</translation>
        </message>
        <message>
            <source>A \u escape encodes half of a character (a lone surrogate); most tokenizers reject it.</source>
            <translation>Ein \u-Escape kodiert ein halbes Zeichen (ein einzelnes Surrogat); die meisten Tokenizer lehnen das ab.</translation>
        </message>
        <message>
            <source>NaN or Infinity is not standard JSON; strict parsers reject the line.</source>
            <translation>NaN oder Infinity ist kein Standard-JSON; strenge Parser lehnen die Zeile ab.</translation>
        </message>
        <message>
            <source>This row is in %1 format, but most rows (%2) are in %3 format; every row must have the same format.</source>
            <translation>Diese Zeile ist im Format %1, aber die meisten Zeilen (%2) sind im Format %3; alle Zeilen müssen dasselbe Format haben.</translation>
        </message>
        <message>
            <source>Exact duplicate of row %1.</source>
            <translation>Genaues Duplikat von Zeile %1.</translation>
        </message>
        <message>
            <source>The line ends with CRLF (Windows line end).</source>
            <translation>Die Zeile endet mit CRLF (Windows-Zeilenende).</translation>
        </message>
        <message>
            <source>About %1 tokens (estimated from %2 characters), more than the model's context of %3.</source>
            <translation>Etwa %1 Tokens (geschätzt aus %2 Zeichen), mehr als der Kontext des Modells von %3.</translation>
        </message>
        <message>
            <source>Write every line end as LF instead of CRLF</source>
            <translation>Jedes Zeilenende als LF statt CRLF schreiben</translation>
        </message>
        <message>
            <source>Remove the top-level keys the format does not know</source>
            <translation>Die Schlüssel der obersten Ebene entfernen, die das Format nicht kennt</translation>
        </message>
        <message>
            <source>Set the negative sample weight to 0</source>
            <translation>Das negative Zeilengewicht auf 0 setzen</translation>
        </message>
        <message>
            <source>Move "tools" into "input"</source>
            <translation>„tools“ in „input“ verschieben</translation>
        </message>
        <message>
            <source>Name the image type its bytes have in the data URL</source>
            <translation>Den Bildtyp in der Data-URL nach seinen Bytes benennen</translation>
        </message>
        <message>
            <source>Replace the personal data and secrets with placeholders (&lt;EMAIL&gt;, …)</source>
            <translation>Die personenbezogenen Daten und Geheimnisse durch Platzhalter ersetzen (&lt;EMAIL&gt;, …)</translation>
        </message>
        <message>
            <source>In a preference row "tools" belongs inside "input", next to its messages.</source>
            <translation>In einer Präferenzzeile gehört „tools“ in „input“, neben die Nachrichten.</translation>
        </message>
        <message>
            <source>The sample weight %1 is negative; it multiplies the row's loss and must be 0 or more.</source>
            <translation>Das Zeilengewicht %1 ist negativ; es multipliziert den Loss der Zeile und muss 0 oder mehr sein.</translation>
        </message>
        <message>
            <source>The sample weight (the row's "weight") must be a number of 0 or more, got %1.</source>
            <translation>Das Zeilengewicht („weight“ der Zeile) muss eine Zahl von 0 oder mehr sein, gefunden: %1.</translation>
        </message>
        <message>
            <source>The sample weight is 0: nothing in this row would be trained on.</source>
            <translation>Das Zeilengewicht ist 0: Auf nichts in dieser Zeile würde trainiert.</translation>
        </message>
        <message>
            <source>"%1" must be a string, not %2.</source>
            <translation>„%1“ muss ein String sein, nicht %2.</translation>
        </message>
        <message>
            <source>Only assistant messages carry reasoning; "%1" on a %2 message is not trained on.</source>
            <translation>Nur Assistentennachrichten tragen eine Begründung; auf „%1“ in einer %2-Nachricht wird nicht trainiert.</translation>
        </message>
        <message>
            <source>The message has both "reasoning" and "reasoning_content"; keep one ("reasoning" is the one Together prefers).</source>
            <translation>Die Nachricht hat sowohl „reasoning“ als auch „reasoning_content“; behalten Sie eines („reasoning“ bevorzugt Together).</translation>
        </message>
        <message>
            <source>Only one answer of the pair has reasoning; give "%1" reasoning too, so the pair differs in what it says, not in whether it reasons.</source>
            <translation>Nur eine Antwort des Paars hat eine Begründung; geben Sie auch „%1“ eine Begründung, damit sich das Paar im Gesagten unterscheidet, nicht darin, ob es begründet.</translation>
        </message>
        <message>
            <source>The image data after "base64," is not valid base64.</source>
            <translation>Die Bilddaten nach „base64,“ sind kein gültiges Base64.</translation>
        </message>
        <message>
            <source>The image's bytes are not a PNG, JPEG or WEBP image (they start with %1).</source>
            <translation>Die Bytes des Bilds sind kein PNG-, JPEG- oder WEBP-Bild (sie beginnen mit %1).</translation>
        </message>
        <message>
            <source>The data URL says image/%1, but the bytes are a %2 image.</source>
            <translation>Die Data-URL nennt image/%1, aber die Bytes sind ein %2-Bild.</translation>
        </message>
        <message>
            <source>An e-mail address (bytes %1–%2 of this text): personal data a model can learn and repeat.</source>
            <translation>Eine E-Mail-Adresse (Bytes %1–%2 dieses Texts): personenbezogene Daten, die ein Modell lernen und wiedergeben kann.</translation>
        </message>
        <message>
            <source>A phone number (bytes %1–%2 of this text): personal data a model can learn and repeat.</source>
            <translation>Eine Telefonnummer (Bytes %1–%2 dieses Texts): personenbezogene Daten, die ein Modell lernen und wiedergeben kann.</translation>
        </message>
        <message>
            <source>An IPv4 address (bytes %1–%2 of this text): it can identify a person or a machine.</source>
            <translation>Eine IPv4-Adresse (Bytes %1–%2 dieses Texts): Sie kann eine Person oder einen Rechner identifizieren.</translation>
        </message>
        <message>
            <source>An IPv6 address (bytes %1–%2 of this text): it can identify a person or a machine.</source>
            <translation>Eine IPv6-Adresse (Bytes %1–%2 dieses Texts): Sie kann eine Person oder einen Rechner identifizieren.</translation>
        </message>
        <message>
            <source>A credit card number that passes the Luhn check (bytes %1–%2 of this text).</source>
            <translation>Eine Kreditkartennummer, die die Luhn-Prüfung besteht (Bytes %1–%2 dieses Texts).</translation>
        </message>
        <message>
            <source>An IBAN with a valid check sum (bytes %1–%2 of this text): a person's bank account.</source>
            <translation>Eine IBAN mit gültiger Prüfsumme (Bytes %1–%2 dieses Texts): das Bankkonto einer Person.</translation>
        </message>
        <message>
            <source>A private key block (bytes %1–%2 of this text): a credential must never be trained into a model.</source>
            <translation>Ein privater Schlüsselblock (Bytes %1–%2 dieses Texts): Zugangsdaten dürfen nie in ein Modell trainiert werden.</translation>
        </message>
        <message>
            <source>An AWS access key (bytes %1–%2 of this text): a credential must never be trained into a model.</source>
            <translation>Ein AWS-Zugriffsschlüssel (Bytes %1–%2 dieses Texts): Zugangsdaten dürfen nie in ein Modell trainiert werden.</translation>
        </message>
        <message>
            <source>An OpenAI API key (bytes %1–%2 of this text): a credential must never be trained into a model.</source>
            <translation>Ein OpenAI-API-Schlüssel (Bytes %1–%2 dieses Texts): Zugangsdaten dürfen nie in ein Modell trainiert werden.</translation>
        </message>
        <message>
            <source>A Together API key (bytes %1–%2 of this text): a credential must never be trained into a model.</source>
            <translation>Ein Together-API-Schlüssel (Bytes %1–%2 dieses Texts): Zugangsdaten dürfen nie in ein Modell trainiert werden.</translation>
        </message>
        <message>
            <source>A GitHub token (bytes %1–%2 of this text): a credential must never be trained into a model.</source>
            <translation>Ein GitHub-Token (Bytes %1–%2 dieses Texts): Zugangsdaten dürfen nie in ein Modell trainiert werden.</translation>
        </message>
        <message>
            <source>A Hugging Face token (bytes %1–%2 of this text): a credential must never be trained into a model.</source>
            <translation>Ein Hugging-Face-Token (Bytes %1–%2 dieses Texts): Zugangsdaten dürfen nie in ein Modell trainiert werden.</translation>
        </message>
        <message>
            <source>A Slack token (bytes %1–%2 of this text): a credential must never be trained into a model.</source>
            <translation>Ein Slack-Token (Bytes %1–%2 dieses Texts): Zugangsdaten dürfen nie in ein Modell trainiert werden.</translation>
        </message>
        <message>
            <source>A JSON web token (bytes %1–%2 of this text): it can grant access; never train on it.</source>
            <translation>Ein JSON Web Token (Bytes %1–%2 dieses Texts): Es kann Zugriff gewähren; trainieren Sie nie darauf.</translation>
        </message>
        <message>
            <source>A random-looking value after key=, token= or password= (bytes %1–%2 of this text): probably a secret.</source>
            <translation>Ein zufällig wirkender Wert nach key=, token= oder password= (Bytes %1–%2 dieses Texts): wahrscheinlich ein Geheimnis.</translation>
        </message>
        <message>
            <source>a sample "weight"</source>
            <translation>ein Zeilengewicht „weight“</translation>
        </message>
        <message>
            <source>and</source>
            <translation>und</translation>
        </message>
        <message>
            <source>Together client 1.5.34 rules</source>
            <translation>Regeln von Together-Client 1.5.34</translation>
        </message>
        <message>
            <source>Together 2026 rules</source>
            <translation>Regeln von Together 2026</translation>
        </message>
        <message>
            <source>Remove the text after the JSON object</source>
            <translation>Den Text nach dem JSON-Objekt entfernen</translation>
        </message>
        <message>
            <source>A JSON object followed by other text ("%1"): Together's checker rejects the line.</source>
            <translation>Ein JSON-Objekt, gefolgt von weiterem Text („%1“): Togethers Prüfung lehnt die Zeile ab.</translation>
        </message>
    </context>
    <context>
        <name>td::LossChart</name>
        <message>
            <source>Train loss</source>
            <translation>Trainings-Loss</translation>
        </message>
        <message>
            <source>Train loss (smoothed)</source>
            <translation>Trainings-Loss (geglättet)</translation>
        </message>
        <message>
            <source>Eval loss</source>
            <translation>Evaluierungs-Loss</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>Loss</translation>
        </message>
        <message>
            <source>How strongly the train loss is smoothed (exponential moving average)</source>
            <translation>Wie stark der Trainings-Loss geglättet wird (exponentieller gleitender Durchschnitt)</translation>
        </message>
        <message>
            <source>&amp;Smoothing:</source>
            <translation>&amp;Glättung:</translation>
        </message>
        <message>
            <source>No training steps yet.</source>
            <translation>Noch keine Trainingsschritte.</translation>
        </message>
        <message>
            <source>Checkpoint</source>
            <translation>Checkpoint</translation>
        </message>
    </context>
    <context>
        <name>td::LossCompareDialog</name>
        <message>
            <source>Compare Loss</source>
            <translation>Loss vergleichen</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>Train loss</source>
            <translation>Trainings-Loss</translation>
        </message>
        <message>
            <source>Train loss of the selected jobs</source>
            <translation>Trainings-Loss der ausgewählten Jobs</translation>
        </message>
    </context>
    <context>
        <name>td::LossComparison</name>
        <message>
            <source>Reading the loss of %1 jobs…</source>
            <translation>Der Loss von %1 Jobs wird gelesen…</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 has no training steps yet</source>
            <translation>%1 hat noch keine Trainingsschritte</translation>
        </message>
        <message>
            <source>1 job shown.</source>
            <translation>1 Job angezeigt.</translation>
        </message>
        <message>
            <source>%1 jobs compared.</source>
            <translation>%1 Jobs verglichen.</translation>
        </message>
    </context>
    <context>
        <name>td::MainWindow</name>
        <message>
            <source>Dataset</source>
            <translation>Datensatz</translation>
        </message>
        <message>
            <source>&amp;New Dataset</source>
            <translation>&amp;Neuer Datensatz</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>Ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Speichern &amp;unter…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>Schließ&amp;en</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;About TuneDesk</source>
            <translation>Ü&amp;ber TuneDesk</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Weights</source>
            <translation>&amp;Gewichte</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Gehe zu</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Über &amp;Qt</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Haupt</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Unbenannt</translation>
        </message>
        <message>
            <source>TuneDesk</source>
            <translation>TuneDesk</translation>
        </message>
        <message>
            <source>Open a JSONL dataset (Ctrl+O) or drop one here.</source>
            <translation>Öffnen Sie einen JSONL-Datensatz (Strg+O) oder legen Sie ihn hier ab.</translation>
        </message>
        <message>
            <source>New dataset</source>
            <translation>Neuer Datensatz</translation>
        </message>
        <message>
            <source>%1 so far…</source>
            <translation>%1 bisher…</translation>
        </message>
        <message>
            <source>About TuneDesk</source>
            <translation>Über TuneDesk</translation>
        </message>
        <message>
            <source>&lt;h3&gt;TuneDesk %1&lt;/h3&gt;&lt;p&gt;A desktop studio for fine-tuning language models on hosted platforms: curate datasets of any size, check them as the platform does, run and watch fine-tuning jobs, and try the results.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;TuneDesk %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Studio für das Feintuning von Sprachmodellen auf gehosteten Plattformen: Datensätze jeder Größe pflegen, sie so prüfen wie die Plattform, Feintuning-Jobs starten und beobachten und die Ergebnisse ausprobieren.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Prüfungen</translation>
        </message>
        <message>
            <source>&amp;Export Cleaned Copy…</source>
            <translation>Bereinigte Kopie &amp;exportieren…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Connections…</source>
            <translation>&amp;Verbindungen …</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Einstellungen</translation>
        </message>
        <message>
            <source>Jobs</source>
            <translation>Jobs</translation>
        </message>
        <message>
            <source>Playground</source>
            <translation>Playground</translation>
        </message>
        <message>
            <source>Endpoints</source>
            <translation>Endpunkte</translation>
        </message>
        <message>
            <source>Dedicated endpoints are billed while they run. Click to see them.</source>
            <translation>Dedizierte Endpunkte werden berechnet, solange sie laufen. Klicken Sie, um sie zu sehen.</translation>
        </message>
        <message>
            <source>&amp;Getting Started</source>
            <translation>&amp;Erste Schritte</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Statistik</translation>
        </message>
        <message>
            <source>Find &amp;Near-Duplicates…</source>
            <translation>&amp;Beinahe-Duplikate finden…</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <source>&amp;Dataset</source>
            <translation>&amp;Datensatz</translation>
        </message>
        <message>
            <source>&amp;Jobs</source>
            <translation>&amp;Jobs</translation>
        </message>
        <message>
            <source>&amp;Playground</source>
            <translation>&amp;Playground</translation>
        </message>
        <message>
            <source>&amp;Endpoints</source>
            <translation>&amp;Endpunkte</translation>
        </message>
        <message>
            <source>Ne&amp;xt Pane</source>
            <translation>&amp;Nächster Bereich</translation>
        </message>
        <message>
            <source>Evaluate</source>
            <translation>Evaluieren</translation>
        </message>
        <message>
            <source>Connect&amp;ion:</source>
            <translation>Ve&amp;rbindung:</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>Neu &amp;laden</translation>
        </message>
        <message>
            <source>Read the file again from disk (you can keep your unsaved edits)</source>
            <translation>Die Datei erneut vom Datenträger lesen (Ihre ungespeicherten Änderungen können Sie behalten)</translation>
        </message>
        <message>
            <source>E&amp;valuate Rows…</source>
            <translation>Zeilen e&amp;valuieren…</translation>
        </message>
        <message>
            <source>E&amp;valuate</source>
            <translation>E&amp;valuieren</translation>
        </message>
        <message>
            <source>&amp;Appearance</source>
            <translation>&amp;Erscheinungsbild</translation>
        </message>
        <message>
            <source>Follow &amp;System</source>
            <translation>&amp;System folgen</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Hell</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Dunkel</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln Zeile</numerusform>
                <numerusform>%Ln Zeilen</numerusform>
            </translation>
        </message>
        <message>
            <source>Open the dataset whose rows the models should answer (held-out rows, such as a validation file) in the Dataset pane first, then choose Evaluate again.</source>
            <translation>Öffnen Sie zuerst im Bereich Datensatz den Datensatz, dessen Zeilen die Modelle beantworten sollen (zurückgehaltene Zeilen, etwa eine Validierungsdatei), und wählen Sie dann erneut „Evaluieren“.</translation>
        </message>
        <message>
            <source>Open Sample Dataset</source>
            <translation>Beispieldatensatz öffnen</translation>
        </message>
        <message>
            <source>New Fine-Tune</source>
            <translation>Neues Fine-Tuning</translation>
        </message>
        <message>
            <source>%1 has unsaved edits. A job trains on the file as it is on disk.

Save the edits first, so the job trains on them?</source>
            <translation>%1 hat ungespeicherte Änderungen. Ein Job trainiert mit der Datei, wie sie auf dem Datenträger liegt.

Zuerst speichern, damit der Job mit den Änderungen trainiert?</translation>
        </message>
        <message>
            <source>To&amp;kens</source>
            <translation>To&amp;ken</translation>
        </message>
        <message>
            <source>Choose a Tokenizer &amp;Folder…</source>
            <translation>Tokenizer-&amp;Ordner wählen …</translation>
        </message>
        <message>
            <source>&amp;Download a Tokenizer for a Model…</source>
            <translation>Tokenizer für ein Modell &amp;herunterladen …</translation>
        </message>
        <message>
            <source>&amp;Show Rows over the Context Length</source>
            <translation>Zeilen über der Kontextlänge &amp;zeigen</translation>
        </message>
        <message>
            <source>&amp;Remove Rows over the Context Length…</source>
            <translation>Zeilen über der Kontextlänge &amp;entfernen …</translation>
        </message>
        <message>
            <source>S&amp;plit Rows over the Context Length between Turns…</source>
            <translation>Zeilen über der Kontextlänge zwischen Runden &amp;teilen …</translation>
        </message>
        <message>
            <source>&amp;Tokens of This Row…</source>
            <translation>Token &amp;dieser Zeile …</translation>
        </message>
        <message>
            <source>Showing %1 %2</source>
            <translation>%1 %2 werden gezeigt</translation>
        </message>
        <message>
            <source>P&amp;revious Pane</source>
            <translation>&amp;Voriger Bereich</translation>
        </message>
        <message>
            <source>&amp;Checks</source>
            <translation>&amp;Prüfungen</translation>
        </message>
        <message>
            <source>&amp;Statistics</source>
            <translation>S&amp;tatistik</translation>
        </message>
        <message>
            <source>Next Pro&amp;blem</source>
            <translation>Nächstes Pro&amp;blem</translation>
        </message>
        <message>
            <source>Previous Probl&amp;em</source>
            <translation>Vorheriges Probl&amp;em</translation>
        </message>
        <message>
            <source>Problems &amp;List</source>
            <translation>Problem&amp;liste</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>Convert ShareGPT, Alpaca, OpenAI chat, CSV and other chat data to Together's format</source>
            <translation>ShareGPT, Alpaca, OpenAI-Chat, CSV und andere Chatdaten in Togethers Format umwandeln</translation>
        </message>
        <message>
            <source>Next Re&amp;gion</source>
            <translation>Nächster Be&amp;reich</translation>
        </message>
        <message>
            <source>Previous Regi&amp;on</source>
            <translation>Vorheriger Berei&amp;ch</translation>
        </message>
    </context>
    <context>
        <name>td::MappedFile</name>
        <message>
            <source>Cannot open %1</source>
            <translation>%1 kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Cannot read %1</source>
            <translation>%1 kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>Cannot map %1</source>
            <translation>%1 kann nicht in den Speicher eingeblendet werden</translation>
        </message>
        <message>
            <source>%1: the file changed while it was read (another program shortened it), so no result is shown. Run it again once the file is no longer being written.</source>
            <translation>%1: Die Datei hat sich beim Lesen geändert (ein anderes Programm hat sie gekürzt), daher wird kein Ergebnis gezeigt. Führen Sie es erneut aus, sobald die Datei nicht mehr geschrieben wird.</translation>
        </message>
    </context>
    <context>
        <name>td::MessageBlock</name>
        <message>
            <source>Who says this message</source>
            <translation>Wer diese Nachricht sagt</translation>
        </message>
        <message>
            <source>Loss weight: 1 trains on this message, 0 masks it, none uses the default (assistant messages are trained). Click to toggle; Ctrl+T toggles the focused message.</source>
            <translation>Verlustgewicht: 1 trainiert auf dieser Nachricht, 0 maskiert sie, keines nutzt die Voreinstellung (Assistentennachrichten werden trainiert). Klicken schaltet um; Strg+T schaltet die ausgewählte Nachricht um.</translation>
        </message>
        <message>
            <source>No weight (default)</source>
            <translation>Kein Gewicht (Voreinstellung)</translation>
        </message>
        <message>
            <source>Weight 1 (train)</source>
            <translation>Gewicht 1 (trainieren)</translation>
        </message>
        <message>
            <source>Weight 0 (mask)</source>
            <translation>Gewicht 0 (maskieren)</translation>
        </message>
        <message>
            <source>Move this message up</source>
            <translation>Diese Nachricht nach oben</translation>
        </message>
        <message>
            <source>Move this message down</source>
            <translation>Diese Nachricht nach unten</translation>
        </message>
        <message>
            <source>Delete this message</source>
            <translation>Diese Nachricht löschen</translation>
        </message>
        <message>
            <source>Multimodal content: edit it in the raw JSON editor</source>
            <translation>Multimodaler Inhalt: im JSON-Editor bearbeiten</translation>
        </message>
        <message>
            <source>weight: none</source>
            <translation>Gewicht: keins</translation>
        </message>
        <message>
            <source>weight: 0</source>
            <translation>Gewicht: 0</translation>
        </message>
        <message>
            <source>weight: 1</source>
            <translation>Gewicht: 1</translation>
        </message>
        <message>
            <source>weight: invalid</source>
            <translation>Gewicht: ungültig</translation>
        </message>
        <message>
            <source>trained</source>
            <translation>trainiert</translation>
        </message>
        <message>
            <source>masked</source>
            <translation>maskiert</translation>
        </message>
        <message>
            <source>By default only assistant messages are trained on</source>
            <translation>Standardmäßig wird nur auf Assistentennachrichten trainiert</translation>
        </message>
        <message>
            <source>Reasoning</source>
            <translation>Begründung</translation>
        </message>
        <message>
            <source>The model's reasoning before this answer ("reasoning"), which reasoning models are trained on with the answer</source>
            <translation>Die Begründung des Modells vor dieser Antwort („reasoning“), auf die Reasoning-Modelle zusammen mit der Antwort trainiert werden</translation>
        </message>
        <message>
            <source>Role of message %1</source>
            <translation>Rolle von Nachricht %1</translation>
        </message>
        <message>
            <source>Not text: edit it in the raw JSON editor</source>
            <translation>Kein Text: im JSON-Editor bearbeiten</translation>
        </message>
        <message>
            <source>Message %1, %2</source>
            <translation>Nachricht %1, %2</translation>
        </message>
        <message>
            <source>Reasoning of message %1</source>
            <translation>Begründung von Nachricht %1</translation>
        </message>
        <message>
            <source>Move message %1 up</source>
            <translation>Nachricht %1 nach oben verschieben</translation>
        </message>
        <message>
            <source>Move message %1 down</source>
            <translation>Nachricht %1 nach unten verschieben</translation>
        </message>
        <message>
            <source>Delete message %1</source>
            <translation>Nachricht %1 löschen</translation>
        </message>
        <message>
            <source>Remove the reasoning of message %1</source>
            <translation>Begründung von Nachricht %1 entfernen</translation>
        </message>
        <message>
            <source>Add reasoning to message %1</source>
            <translation>Nachricht %1 eine Begründung hinzufügen</translation>
        </message>
        <message>
            <source>Message %1 %2, %3</source>
            <translation>Nachricht %1 %2, %3</translation>
        </message>
        <message>
            <source>The row's sample weight is 0: nothing in it is trained on</source>
            <translation>Das Zeilengewicht ist 0: Auf nichts darin wird trainiert</translation>
        </message>
        <message>
            <source>− reasoning</source>
            <translation>− Begründung</translation>
        </message>
        <message>
            <source>+ reasoning</source>
            <translation>+ Begründung</translation>
        </message>
    </context>
    <context>
        <name>td::MetricChart</name>
        <message>
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>No %1 logged yet.</source>
            <translation>Noch kein %1 protokolliert.</translation>
        </message>
    </context>
    <context>
        <name>td::ModelCatalog</name>
        <message>
            <source>published rate for %1</source>
            <translation>der veröffentlichte Satz für %1</translation>
        </message>
        <message>
            <source>published rate for models up to %1</source>
            <translation>der veröffentlichte Satz für Modelle bis %1</translation>
        </message>
        <message>
            <source>published rate for models of %1</source>
            <translation>der veröffentlichte Satz für Modelle mit %1</translation>
        </message>
    </context>
    <context>
        <name>td::ModelLane</name>
        <message>
            <source>The server's answer could not be read: %1</source>
            <translation>Die Antwort des Servers ist nicht lesbar: %1</translation>
        </message>
    </context>
    <context>
        <name>td::Money</name>
        <message>
            <source>$%1</source>
            <translation>%1 $</translation>
        </message>
    </context>
    <context>
        <name>td::MultipartUpload</name>
        <message>
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>The server did not describe the %1 upload parts it was asked for</source>
            <translation>Der Server hat die %1 angefragten Upload-Teile nicht beschrieben</translation>
        </message>
        <message>
            <source>No ETag returned for part %1</source>
            <translation>Für Teil %1 kam kein ETag zurück</translation>
        </message>
        <message>
            <source>The file's description could not be read</source>
            <translation>Die Beschreibung der Datei ist nicht lesbar</translation>
        </message>
    </context>
    <context>
        <name>td::NearDuplicatesDialog</name>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Suchen</translation>
        </message>
        <message>
            <source>Apply to &amp;all clusters</source>
            <translation>Auf alle Cluster an&amp;wenden</translation>
        </message>
        <message>
            <source>Keep the fir&amp;st</source>
            <translation>Die er&amp;ste behalten</translation>
        </message>
        <message>
            <source>Keep the &amp;longest</source>
            <translation>Die &amp;längste behalten</translation>
        </message>
        <message>
            <source>Keep the row on the &amp;right</source>
            <translation>Die &amp;rechte Zeile behalten</translation>
        </message>
        <message>
            <source>Near-Duplicates</source>
            <translation>Beinahe-Duplikate</translation>
        </message>
        <message>
            <source>User turns only</source>
            <translation>Nur Nutzerbeiträge</translation>
        </message>
        <message>
            <source>Assistant turns only</source>
            <translation>Nur Assistentenbeiträge</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Vergleichen</translation>
        </message>
        <message>
            <source>Search parameters</source>
            <translation>Suchparameter</translation>
        </message>
        <message>
            <source>Search progress</source>
            <translation>Suchfortschritt</translation>
        </message>
        <message>
            <source>Clusters, largest first</source>
            <translation>Cluster, größte zuerst</translation>
        </message>
        <message>
            <source>Rows of the cluster</source>
            <translation>Zeilen des Clusters</translation>
        </message>
        <message>
            <source>The cluster's first row</source>
            <translation>Die erste Zeile der Gruppe</translation>
        </message>
        <message>
            <source>The row compared with it</source>
            <translation>Die damit verglichene Zeile</translation>
        </message>
        <message>
            <source>&amp;Compare:</source>
            <translation>&amp;Vergleichen:</translation>
        </message>
        <message>
            <source>Ca&amp;ncel</source>
            <translation>Abbrec&amp;hen</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Suche läuft…</translation>
        </message>
        <message>
            <source>The search was cancelled.</source>
            <translation>Die Suche wurde abgebrochen.</translation>
        </message>
        <message numerus="yes">
            <source>%n cluster(s), %1 rows beyond each cluster's first, in %2 rows.</source>
            <translation>
                <numerusform>%n Cluster, %1 Zeilen über die erste jedes Clusters hinaus, in %2 Zeilen.</numerusform>
                <numerusform>%n Cluster, %1 Zeilen über die erste jedes Clusters hinaus, in %2 Zeilen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cluster %1: %n row(s), from row %2</source>
            <translation>
                <numerusform>Cluster %1: %n Zeile, ab Zeile %2</numerusform>
                <numerusform>Cluster %1: %n Zeilen, ab Zeile %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Row %1 (%2 bytes)</source>
            <translation>Zeile %1 (%2 Bytes)</translation>
        </message>
        <message>
            <source>Whole rows (not system prompts)</source>
            <translation>Ganze Zeilen (ohne Systemprompts)</translation>
        </message>
        <message>
            <source>Rows removed (Undo puts them back). </source>
            <translation>Zeilen entfernt (Rückgängig stellt sie wieder her). </translation>
        </message>
        <message>
            <source>Row %1, the cluster's first</source>
            <translation>Zeile %1, die erste des Clusters</translation>
        </message>
        <message>
            <source>Row %1</source>
            <translation>Zeile %1</translation>
        </message>
        <message>
            <source>The same row on both sides: choose another row of the cluster to compare.</source>
            <translation>Auf beiden Seiten dieselbe Zeile: wählen Sie eine andere Zeile des Clusters zum Vergleich.</translation>
        </message>
        <message>
            <source>The same text in this scope.</source>
            <translation>Derselbe Text in diesem Bereich.</translation>
        </message>
        <message>
            <source>The same words: only white space differs (spaces, tabs or line breaks).</source>
            <translation>Dieselben Wörter: nur Leerraum unterscheidet sich (Leerzeichen, Tabulatoren oder Zeilenumbrüche).</translation>
        </message>
        <message>
            <source>Press Find to search the rows for ones that are nearly the same.</source>
            <translation>Drücken Sie Suchen, um die Zeilen nach fast gleichen zu durchsuchen.</translation>
        </message>
        <message>
            <source>No near-duplicates in this scope: no two rows share enough of their words. Try another scope, or look for exact duplicates among the checks.</source>
            <translation>Keine Beinahe-Duplikate in diesem Bereich: keine zwei Zeilen teilen genug ihrer Wörter. Versuchen Sie einen anderen Bereich, oder suchen Sie exakte Duplikate unter den Prüfungen.</translation>
        </message>
        <message>
            <source>Cl&amp;usters, largest first</source>
            <translation>&amp;Cluster, größte zuerst</translation>
        </message>
        <message>
            <source>R&amp;ows of the cluster</source>
            <translation>&amp;Zeilen des Clusters</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message numerus="yes">
            <source> and %n more</source>
            <translation>
                <numerusform> und %n weitere</numerusform>
                <numerusform> und %n weitere</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Each Keep keeps one row of every cluster and removes the other %n row(s).</source>
            <translation>
                <numerusform>Jedes Behalten behält eine Zeile jedes Clusters und entfernt die andere Zeile.</numerusform>
                <numerusform>Jedes Behalten behält eine Zeile jedes Clusters und entfernt die übrigen %n Zeilen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Each Keep keeps one row of this cluster's %1 and removes the other %n.</source>
            <translation>
                <numerusform>Jedes Behalten behält eine der %1 Zeilen dieses Clusters und entfernt die andere.</numerusform>
                <numerusform>Jedes Behalten behält eine der %1 Zeilen dieses Clusters und entfernt die übrigen %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>Highlighted: words only on the left (%1): %2; only on the right (%3): %4.</source>
            <translation>Hervorgehoben: Wörter nur links (%1): %2; nur rechts (%3): %4.</translation>
        </message>
        <message>
            <source>Rows that share at least %1 % of their %2-word phrases form a cluster.</source>
            <translation>Zeilen, die mindestens %1 % ihrer Wortgruppen aus %2 Wörtern teilen, bilden einen Cluster.</translation>
        </message>
        <message>
            <source>Method: %1</source>
            <translation>Verfahren: %1</translation>
        </message>
    </context>
    <context>
        <name>td::NewEndpointDialog</name>
        <message>
            <source>Start it now</source>
            <translation>Sofort starten</translation>
        </message>
        <message>
            <source>Disable speculative decoding</source>
            <translation>Spekulatives Dekodieren abschalten</translation>
        </message>
        <message>
            <source>New Dedicated Endpoint</source>
            <translation>Neuer dedizierter Endpunkt</translation>
        </message>
        <message>
            <source>Replicas that always run (and are always billed)</source>
            <translation>Replikate, die immer laufen (und immer berechnet werden)</translation>
        </message>
        <message>
            <source>Replicas it may scale up to under load</source>
            <translation>Replikate, auf die er unter Last hochskalieren darf</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>optional</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>Stop by itself after this long without requests, so an idle endpoint does not keep costing money</source>
            <translation>Nach so langer Zeit ohne Anfragen selbst stoppen, damit ein untätiger Endpunkt kein Geld mehr kostet</translation>
        </message>
        <message>
            <source>any</source>
            <translation>beliebig</translation>
        </message>
        <message>
            <source>&amp;Model:</source>
            <translation>&amp;Modell:</translation>
        </message>
        <message>
            <source>&amp;Hardware:</source>
            <translation>&amp;Hardware:</translation>
        </message>
        <message>
            <source>Min replicas:</source>
            <translation>Mindestens Replikate:</translation>
        </message>
        <message>
            <source>Max replicas:</source>
            <translation>Höchstens Replikate:</translation>
        </message>
        <message>
            <source>Display &amp;name:</source>
            <translation>Anzeige&amp;name:</translation>
        </message>
        <message>
            <source>Auto-stop when idle for:</source>
            <translation>Automatisch stoppen nach Untätigkeit von:</translation>
        </message>
        <message>
            <source>Availability zone:</source>
            <translation>Verfügbarkeitszone:</translation>
        </message>
        <message>
            <source>&amp;Create Endpoint</source>
            <translation>Endpunkt &amp;anlegen</translation>
        </message>
        <message>
            <source>Reading the hardware for this model…</source>
            <translation>Hardware für dieses Modell wird gelesen…</translation>
        </message>
        <message>
            <source>The hardware list could not be read: %1</source>
            <translation>Die Hardwareliste konnte nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>%1 — $%2/h</source>
            <translation>%1 — %2 $/h</translation>
        </message>
        <message>
            <source> (%1)</source>
            <translation> (%1)</translation>
        </message>
        <message>
            <source>No hardware can serve this model.</source>
            <translation>Keine Hardware kann dieses Modell bereitstellen.</translation>
        </message>
        <message>
            <source>, up to $%1/h when scaled to %2.</source>
            <translation>, bis zu %1 $/h bei %2 Replikaten.</translation>
        </message>
        <message>
            <source>This hardware is %1 right now; creating may fail.</source>
            <translation>Diese Hardware ist gerade %1; das Anlegen kann fehlschlagen.</translation>
        </message>
        <message>
            <source>&lt;b&gt;$%1 per hour&lt;/b&gt; while running (one replica at $%2/h)</source>
            <translation>&lt;b&gt;%1 $ pro Stunde&lt;/b&gt; im Betrieb (ein Replikat zu %2 $/h)</translation>
        </message>
        <message>
            <source>&lt;b&gt;$%1 per hour&lt;/b&gt; while running (%2 replicas at $%3/h)</source>
            <translation>&lt;b&gt;%1 $ pro Stunde&lt;/b&gt; im Betrieb (%2 Replikate zu je %3 $/h)</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
    </context>
    <context>
        <name>td::NewJobDialog</name>
        <message>
            <source>&amp;Launch</source>
            <translation>&amp;Starten</translation>
        </message>
        <message>
            <source>New Fine-Tune</source>
            <translation>Neues Fine-Tuning</translation>
        </message>
        <message>
            <source>Before launch</source>
            <translation>Vor dem Start</translation>
        </message>
        <message>
            <source>Request (secrets masked)</source>
            <translation>Anfrage (Geheimnisse verdeckt)</translation>
        </message>
        <message>
            <source>Load Recipe…</source>
            <translation>Rezept laden …</translation>
        </message>
        <message>
            <source>Save Recipe…</source>
            <translation>Rezept speichern …</translation>
        </message>
        <message>
            <source>Save Recipe</source>
            <translation>Rezept speichern</translation>
        </message>
        <message>
            <source>Recipes (*.json)</source>
            <translation>Rezepte (*.json)</translation>
        </message>
        <message>
            <source>Load Recipe</source>
            <translation>Rezept laden</translation>
        </message>
        <message>
            <source>Not connected: you can prepare the job and save it as a recipe.</source>
            <translation>Nicht verbunden: Sie können den Job vorbereiten und als Rezept speichern.</translation>
        </message>
        <message>
            <source>(the id of %1 once uploaded)</source>
            <translation>(die ID von %1 nach dem Hochladen)</translation>
        </message>
        <message>
            <source>Choose the training data to see the verdict, tokens, price and where the fine-tune can run.</source>
            <translation>Wählen Sie die Trainingsdaten, um Prüfergebnis, Tokens, Preis und Einsatzort des Ergebnisses zu sehen.</translation>
        </message>
        <message>
            <source>%1 is not a file.</source>
            <translation>%1 ist keine Datei.</translation>
        </message>
        <message>
            <source>Checking %1…</source>
            <translation>%1 wird geprüft …</translation>
        </message>
        <message>
            <source>The recipe was made for other data: its file ids are not used.</source>
            <translation>Das Rezept gehört zu anderen Daten: Seine Datei-IDs werden nicht verwendet.</translation>
        </message>
        <message>
            <source>Upload Anyway?</source>
            <translation>Trotzdem hochladen?</translation>
        </message>
        <message>
            <source>Together's checker would reject this data, so the job would fail. Upload and launch anyway?</source>
            <translation>Die Prüfung von Together würde diese Daten ablehnen, der Job würde also scheitern. Trotzdem hochladen und starten?</translation>
        </message>
        <message>
            <source>Fix the form first: %1</source>
            <translation>Zuerst das Formular korrigieren: %1</translation>
        </message>
        <message>
            <source>The fine-tune was not created: %1</source>
            <translation>Das Fine-Tuning wurde nicht angelegt: %1</translation>
        </message>
        <message>
            <source>Uploading %1: %2 of %3 at %4/s</source>
            <translation>%1 wird hochgeladen: %2 von %3 mit %4/s</translation>
        </message>
        <message>
            <source>Request to send (secrets masked)</source>
            <translation>Zu sendende Anfrage (Geheimnisse verdeckt)</translation>
        </message>
        <message>
            <source>Preview on Together…</source>
            <translation>Vorschau bei Together…</translation>
        </message>
        <message>
            <source>See how Together tokenizes the first rows for this model and what it trains on (uploads the training data first if needed)</source>
            <translation>Sehen, wie Together die ersten Zeilen für dieses Modell tokenisiert und worauf es trainiert (lädt die Trainingsdaten bei Bedarf zuerst hoch)</translation>
        </message>
        <message>
            <source>Show line %1 of %2</source>
            <translation>Zeile %1 von %2 zeigen</translation>
        </message>
        <message>
            <source>Price Over Your Limit</source>
            <translation>Preis über Ihrem Limit</translation>
        </message>
        <message>
            <source>Launch anyway? Together will most likely refuse it.</source>
            <translation>Trotzdem starten? Together wird ihn höchstwahrscheinlich ablehnen.</translation>
        </message>
        <message>
            <source>%1 was uploaded before as %2 and has not changed: that upload is used. Type the file's path again to upload it again.</source>
            <translation>%1 wurde schon als %2 hochgeladen und ist unverändert: Dieses Hochgeladene wird verwendet. Geben Sie den Pfad der Datei erneut ein, um sie erneut hochzuladen.</translation>
        </message>
        <message>
            <source>The job trains on the uploaded file %1. Choose a local file instead to check it and see the tokens and price first.</source>
            <translation>Der Job trainiert auf der hochgeladenen Datei %1. Wählen Sie stattdessen eine lokale Datei, um sie zu prüfen und vorher Tokens und Preis zu sehen.</translation>
        </message>
    </context>
    <context>
        <name>td::Parser</name>
        <message>
            <source>the expression is nested too deeply</source>
            <translation>der Ausdruck ist zu tief verschachtelt</translation>
        </message>
        <message>
            <source>there is no '(' for this ')'</source>
            <translation>zu dieser ')' gibt es keine '('</translation>
        </message>
        <message>
            <source>expected 'and', 'or' or the end, found '%1'</source>
            <translation>'and', 'or' oder das Ende erwartet, '%1' gefunden</translation>
        </message>
        <message>
            <source>expected ')' to close the '(' at column %1</source>
            <translation>')' erwartet, um die '(' in Spalte %1 zu schließen</translation>
        </message>
        <message>
            <source>the expression ends where a condition should follow, e.g. msgs &gt; 10</source>
            <translation>der Ausdruck endet, wo eine Bedingung folgen sollte, z. B. msgs &gt; 10</translation>
        </message>
        <message>
            <source>expected a condition such as msgs &gt; 10 or has(tool), found '%1'</source>
            <translation>eine Bedingung wie msgs &gt; 10 oder has(tool) erwartet, '%1' gefunden</translation>
        </message>
        <message>
            <source>unknown fact '%1'; the facts are %2</source>
            <translation>unbekannte Eigenschaft '%1'; die Eigenschaften sind %2</translation>
        </message>
        <message>
            <source>unknown function '%1'; use has(…), role(…) or script(…)</source>
            <translation>unbekannte Funktion '%1'; verwenden Sie has(…), role(…) oder script(…)</translation>
        </message>
        <message>
            <source>expected a name inside %1(…)</source>
            <translation>einen Namen in %1(…) erwartet</translation>
        </message>
        <message>
            <source>expected ')' after %1(%2</source>
            <translation>')' nach %1(%2 erwartet</translation>
        </message>
        <message>
            <source>unknown script '%1'; the scripts are %2</source>
            <translation>unbekannte Schrift '%1'; die Schriften sind %2</translation>
        </message>
        <message>
            <source>%1(%2) is not known; use one of %3</source>
            <translation>%1(%2) ist nicht bekannt; verwenden Sie eines von %3</translation>
        </message>
        <message>
            <source>expected a comparison (==, !=, &lt;, &lt;=, &gt;, &gt;=) after '%1'</source>
            <translation>einen Vergleich (==, !=, &lt;, &lt;=, &gt;, &gt;=) nach '%1' erwartet</translation>
        </message>
        <message>
            <source>'%1' is a number: compare it with a number, e.g. %1 &gt; 10</source>
            <translation>'%1' ist eine Zahl: Vergleichen Sie sie mit einer Zahl, z. B. %1 &gt; 10</translation>
        </message>
        <message>
            <source>'%1' is text: use == or !=</source>
            <translation>'%1' ist Text: verwenden Sie == oder !=</translation>
        </message>
        <message>
            <source>'%1' is text: compare it with a quoted value, e.g. %1 == "…"</source>
            <translation>'%1' ist Text: Vergleichen Sie ihn mit einem Wert in Anführungszeichen, z. B. %1 == "…"</translation>
        </message>
        <message>
            <source>'%1' is not a value of %2; use %3</source>
            <translation>'%1' ist kein Wert von %2; verwenden Sie %3</translation>
        </message>
        <message>
            <source>Column %1: %2</source>
            <translation>Spalte %1: %2</translation>
        </message>
        <message>
            <source>'%1' is not a number</source>
            <translation>'%1' ist keine Zahl</translation>
        </message>
        <message>
            <source>the quoted value is not closed</source>
            <translation>der Wert in Anführungszeichen ist nicht geschlossen</translation>
        </message>
        <message>
            <source>'%1' has no meaning here</source>
            <translation>'%1' hat hier keine Bedeutung</translation>
        </message>
        <message>
            <source>expected a number after '%1 %2', e.g. %1 %2 10</source>
            <translation>nach „%1 %2“ wird eine Zahl erwartet, z. B. %1 %2 10</translation>
        </message>
        <message>
            <source>expected a number after '%1 %2', found '%3'</source>
            <translation>nach „%1 %2“ wird eine Zahl erwartet, gefunden: „%3“</translation>
        </message>
    </context>
    <context>
        <name>td::PendingFile</name>
        <message>
            <source>Cannot write %1: cannot create a temporary file in %2</source>
            <translation>%1 kann nicht geschrieben werden: in %2 kann keine temporäre Datei angelegt werden</translation>
        </message>
    </context>
    <context>
        <name>td::PlaygroundPane</name>
        <message>
            <source>S&amp;top</source>
            <translation>S&amp;topp</translation>
        </message>
        <message>
            <source>&amp;Compare</source>
            <translation>&amp;Vergleichen</translation>
        </message>
        <message>
            <source>Make &amp;Preference Row…</source>
            <translation>&amp;Präferenzzeile…</translation>
        </message>
        <message>
            <source>Message (Ctrl+Return sends to every column)</source>
            <translation>Nachricht (Strg+Eingabe sendet an alle Spalten)</translation>
        </message>
        <message>
            <source>Stop every answer (Esc)</source>
            <translation>Alle Antworten stoppen (Esc)</translation>
        </message>
        <message>
            <source>Add a column to compare another model, checkpoint or parameter with the same conversation (up to %1)</source>
            <translation>Eine Spalte hinzufügen, um ein anderes Modell, einen Checkpoint oder Parameter mit derselben Unterhaltung zu vergleichen (bis zu %1)</translation>
        </message>
        <message>
            <source>Add to &amp;Dataset</source>
            <translation>In den Daten&amp;satz</translation>
        </message>
        <message>
            <source>Append this conversation to the open dataset as a training row (one undo step)</source>
            <translation>Diese Unterhaltung als Trainingszeile an den offenen Datensatz anhängen (ein Rückgängig-Schritt)</translation>
        </message>
        <message>
            <source>Make a preference (DPO) row from the compared answers: choose the better one</source>
            <translation>Aus den verglichenen Antworten eine Präferenzzeile (DPO) erstellen: wählen Sie die bessere</translation>
        </message>
        <message>
            <source>Save this conversation as Markdown or as a JSONL training row</source>
            <translation>Diese Unterhaltung als Markdown oder als JSONL-Trainingszeile speichern</translation>
        </message>
        <message>
            <source>Column %1: %2</source>
            <translation>Spalte %1: %2</translation>
        </message>
        <message>
            <source>Make Preference Row</source>
            <translation>Präferenzzeile erstellen</translation>
        </message>
        <message>
            <source>Which answer is better? It becomes the preferred output; each other column's answer becomes a non-preferred one.</source>
            <translation>Welche Antwort ist besser? Sie wird zur bevorzugten Ausgabe; die Antwort jeder anderen Spalte zu einer nicht bevorzugten.</translation>
        </message>
        <message>
            <source>Export Conversation</source>
            <translation>Unterhaltung exportieren</translation>
        </message>
        <message>
            <source>Editing message %1: Send replaces it and asks again from there in every column; Esc cancels.</source>
            <translation>Nachricht %1 wird bearbeitet: Senden ersetzt sie und fragt von dort an in allen Spalten neu; Esc bricht ab.</translation>
        </message>
        <message>
            <source>Copied.</source>
            <translation>Kopiert.</translation>
        </message>
        <message>
            <source>Edit Answer</source>
            <translation>Antwort bearbeiten</translation>
        </message>
        <message>
            <source>Correct the answer (for example before adding it to the dataset):</source>
            <translation>Korrigieren Sie die Antwort (zum Beispiel, bevor sie in den Datensatz kommt):</translation>
        </message>
        <message>
            <source>Try in Playground</source>
            <translation>Im Playground ausprobieren</translation>
        </message>
        <message>
            <source>&lt;b&gt;Dataset answer&lt;/b&gt; (%1)</source>
            <translation>&lt;b&gt;Antwort im Datensatz&lt;/b&gt; (%1)</translation>
        </message>
        <message>
            <source>Choose a model, then Regenerate to compare its answer with the dataset's.</source>
            <translation>Wählen Sie ein Modell und dann „Neu erzeugen“, um seine Antwort mit der des Datensatzes zu vergleichen.</translation>
        </message>
        <message>
            <source>Add Conversation from Playground</source>
            <translation>Unterhaltung aus dem Playground hinzufügen</translation>
        </message>
        <message>
            <source>Added to the dataset as a new row.</source>
            <translation>Als neue Zeile zum Datensatz hinzugefügt.</translation>
        </message>
        <message>
            <source>Add Preference Row from Playground</source>
            <translation>Präferenzzeile aus dem Playground hinzufügen</translation>
        </message>
        <message>
            <source>Open Conversation</source>
            <translation>Unterhaltung öffnen</translation>
        </message>
        <message>
            <source>Nothing to export yet.</source>
            <translation>Noch nichts zu exportieren.</translation>
        </message>
        <message>
            <source>Markdown (*.md);;JSONL training row (*.jsonl)</source>
            <translation>Markdown (*.md);;JSONL-Trainingszeile (*.jsonl)</translation>
        </message>
        <message>
            <source>%1 could not be written: %2</source>
            <translation>%1 konnte nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Exported to %1.</source>
            <translation>Nach %1 exportiert.</translation>
        </message>
        <message>
            <source>Send to every column (Ctrl+Return); Ctrl+Shift+R regenerates the last answers</source>
            <translation>An alle Spalten senden (Strg+Eingabe); Strg+Umschalt+R erzeugt die letzten Antworten neu</translation>
        </message>
        <message>
            <source>Choose a model first.</source>
            <translation>Wählen Sie zuerst ein Modell.</translation>
        </message>
        <message>
            <source>Wait for the answer, or stop it (Esc).</source>
            <translation>Warten Sie die Antwort ab oder stoppen Sie sie (Esc).</translation>
        </message>
        <message>
            <source>Send to every column</source>
            <translation>An jede Spalte senden</translation>
        </message>
        <message>
            <source>Stop every answer, or cancel editing a message</source>
            <translation>Jede Antwort anhalten oder das Bearbeiten einer Nachricht abbrechen</translation>
        </message>
        <message>
            <source>Regenerate the last answers</source>
            <translation>Die letzten Antworten neu erzeugen</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Nachricht</translation>
        </message>
        <message>
            <source>Column &amp;%1</source>
            <translation>Spalte &amp;%1</translation>
        </message>
        <message>
            <source>column %1</source>
            <translation>Spalte %1</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportieren…</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Senden</translation>
        </message>
        <message numerus="yes">
            <source>Column %1 has no model and was left out: choose one there to compare.</source>
            <translation>
                <numerusform>Spalte %1 hat kein Modell und wurde ausgelassen: Wählen Sie dort eines, um zu vergleichen.</numerusform>
                <numerusform>Spalten %1 haben kein Modell und wurden ausgelassen: Wählen Sie dort eines, um zu vergleichen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>td::PreviewDialog</name>
        <message>
            <source>&amp;Preview</source>
            <translation>&amp;Vorschau</translation>
        </message>
        <message>
            <source>Preview on Together</source>
            <translation>Vorschau bei Together</translation>
        </message>
        <message>
            <source>Rows to preview</source>
            <translation>Zeilen für die Vorschau</translation>
        </message>
        <message>
            <source>How many rows from the start of the training file Together tokenizes</source>
            <translation>Wie viele Zeilen ab dem Anfang der Trainingsdatei Together tokenisiert</translation>
        </message>
        <message>
            <source>&amp;Rows:</source>
            <translation>&amp;Zeilen:</translation>
        </message>
        <message>
            <source>Preview status</source>
            <translation>Vorschaustatus</translation>
        </message>
        <message>
            <source>Choose a model first.</source>
            <translation>Wählen Sie zuerst ein Modell.</translation>
        </message>
        <message>
            <source>Choose the training data first.</source>
            <translation>Wählen Sie zuerst die Trainingsdaten.</translation>
        </message>
        <message numerus="yes">
            <source>Asking Together to tokenize %n row(s)…</source>
            <translation>
                <numerusform>Together wird gebeten, %n Zeile zu tokenisieren…</numerusform>
                <numerusform>Together wird gebeten, %n Zeilen zu tokenisieren…</numerusform>
            </translation>
        </message>
        <message>
            <source>Together could not preview the data: %1</source>
            <translation>Together konnte keine Vorschau der Daten erstellen: %1</translation>
        </message>
        <message>
            <source>Together's own tokens for the first rows of %1.</source>
            <translation>Die Tokens von Together selbst für die ersten Zeilen von %1.</translation>
        </message>
        <message>
            <source>Counting the same rows with %1…</source>
            <translation>Dieselben Zeilen werden mit %1 gezählt…</translation>
        </message>
        <message>
            <source>The tokenizer could not count them: %1</source>
            <translation>Der Tokenizer konnte sie nicht zählen: %1</translation>
        </message>
    </context>
    <context>
        <name>td::PreviewView</name>
        <message>
            <source>masked</source>
            <translation>maskiert</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n token(s) trained</source>
            <translation>
                <numerusform>%1 von %n Token trainiert</numerusform>
                <numerusform>%1 von %n Tokens trainiert</numerusform>
            </translation>
        </message>
        <message>
            <source>Preview summary</source>
            <translation>Zusammenfassung der Vorschau</translation>
        </message>
        <message>
            <source>Previewed rows</source>
            <translation>Zeilen in der Vorschau</translation>
        </message>
        <message>
            <source>The first rows of the training file with Together's token counts</source>
            <translation>Die ersten Zeilen der Trainingsdatei mit den Tokenzahlen von Together</translation>
        </message>
        <message>
            <source>Together's tokens of the selected row</source>
            <translation>Die Tokens von Together für die ausgewählte Zeile</translation>
        </message>
        <message>
            <source>Trained tokens are green, masked tokens grey; the chat template's tokens are small</source>
            <translation>Trainierte Tokens sind grün, maskierte grau; die Tokens der Chatvorlage sind klein</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>Legende</translation>
        </message>
        <message numerus="yes">
            <source>Together tokenized %n row(s) for &lt;b&gt;%1&lt;/b&gt; (%2 data, max_seq_length %3, train_on_inputs %4).</source>
            <translation>
                <numerusform>Together hat %n Zeile für &lt;b&gt;%1&lt;/b&gt; tokenisiert (%2-Daten, max_seq_length %3, train_on_inputs %4).</numerusform>
                <numerusform>Together hat %n Zeilen für &lt;b&gt;%1&lt;/b&gt; tokenisiert (%2-Daten, max_seq_length %3, train_on_inputs %4).</numerusform>
            </translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>true</source>
            <translation>true</translation>
        </message>
        <message>
            <source>false</source>
            <translation>false</translation>
        </message>
        <message>
            <source>Trained tokens: Together %1</source>
            <translation>Trainierte Tokens: Together %1</translation>
        </message>
        <message>
            <source>, TuneDesk's estimate %1</source>
            <translation>, Schätzung von TuneDesk %1</translation>
        </message>
        <message>
            <source> (no local rows to estimate from)</source>
            <translation> (keine lokalen Zeilen für eine Schätzung)</translation>
        </message>
        <message>
            <source>Row %1: %2 tokens, %3 trained</source>
            <translation>Zeile %1: %2 Tokens, %3 trainiert</translation>
        </message>
        <message>
            <source> (estimate %1)</source>
            <translation> (Schätzung %1)</translation>
        </message>
        <message>
            <source>, truncated</source>
            <translation>, abgeschnitten</translation>
        </message>
        <message>
            <source>&lt;p&gt;Together returned no rows.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Together hat keine Zeilen geliefert.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Cut at max_seq_length (%1 tokens): the rest of this row is not trained on.</source>
            <translation>Bei max_seq_length (%1 Tokens) abgeschnitten: Auf den Rest dieser Zeile wird nicht trainiert.</translation>
        </message>
        <message>
            <source>The row's messages could not be found in the tokens: shown as one stream.</source>
            <translation>Die Nachrichten der Zeile ließen sich in den Tokens nicht finden: als ein Strom gezeigt.</translation>
        </message>
        <message>
            <source>&lt;span style="background-color:%1"&gt;&amp;nbsp;trained&amp;nbsp;&lt;/span&gt; &lt;span style="background-color:%2"&gt;&amp;nbsp;masked&amp;nbsp;&lt;/span&gt; &lt;span style="color:%3"&gt;✂ cut at max_seq_length&lt;/span&gt;</source>
            <translation>&lt;span style="background-color:%1"&gt;&amp;nbsp;trainiert&amp;nbsp;&lt;/span&gt; &lt;span style="background-color:%2"&gt;&amp;nbsp;maskiert&amp;nbsp;&lt;/span&gt; &lt;span style="color:%3"&gt;✂ bei max_seq_length abgeschnitten&lt;/span&gt;</translation>
        </message>
        <message>
            <source>, TuneDesk's exact count %1 (%2)</source>
            <translation>, exakte Zählung von TuneDesk %1 (%2)</translation>
        </message>
        <message>
            <source> (TuneDesk: %1)</source>
            <translation> (TuneDesk: %1)</translation>
        </message>
    </context>
    <context>
        <name>td::ProblemsModel</name>
        <message>
            <source>Quick fix: %1</source>
            <translation>Schnellkorrektur: %1</translation>
        </message>
        <message>
            <source>%1 — %2 (%3)</source>
            <translation>%1 — %2 (%3)</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Wo</translation>
        </message>
        <message>
            <source>… %1 more (the first %2 listed); activate to list the next %3</source>
            <translation>… %1 weitere (die ersten %2 aufgeführt); aktivieren, um die nächsten %3 aufzuführen</translation>
        </message>
    </context>
    <context>
        <name>td::RawJsonEditor</name>
        <message>
            <source>Indented</source>
            <translation>Eingerückt</translation>
        </message>
        <message>
            <source>Show the row indented for reading; it is saved compact, on one line</source>
            <translation>Die Zeile zum Lesen eingerückt zeigen; gespeichert wird sie kompakt in einer Zeile</translation>
        </message>
        <message>
            <source>Not valid JSON: %1</source>
            <translation>Kein gültiges JSON: %1</translation>
        </message>
        <message>
            <source>Not valid JSON: %1. The row keeps its last valid content until this parses.</source>
            <translation>Kein gültiges JSON: %1. Die Zeile behält ihren letzten gültigen Inhalt, bis dies gültig ist.</translation>
        </message>
        <message>
            <source>Not valid JSON: %1. Saved as a raw line.</source>
            <translation>Kein gültiges JSON: %1. Als Rohzeile übernommen.</translation>
        </message>
        <message>
            <source>Edit row %1 as JSON</source>
            <translation>Zeile %1 als JSON bearbeiten</translation>
        </message>
        <message>
            <source>Row as raw JSON</source>
            <translation>Zeile als JSON-Rohtext</translation>
        </message>
    </context>
    <context>
        <name>td::RecentFilesMenu</name>
        <message>
            <source>Open &amp;Recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>Keine zuletzt geöffneten Dateien</translation>
        </message>
        <message>
            <source>Clear List</source>
            <translation>Liste leeren</translation>
        </message>
    </context>
    <context>
        <name>td::Recipe</name>
        <message>
            <source>The recipe is not valid JSON.</source>
            <translation>Das Rezept ist kein gültiges JSON.</translation>
        </message>
        <message>
            <source>A recipe is a JSON object; this file holds something else.</source>
            <translation>Ein Rezept ist ein JSON-Objekt; diese Datei enthält etwas anderes.</translation>
        </message>
        <message>
            <source>The recipe's version is not a number TuneDesk knows.</source>
            <translation>Die Version des Rezepts ist keine Zahl, die TuneDesk kennt.</translation>
        </message>
        <message>
            <source>The recipe was written by a newer TuneDesk (version %1); this one reads version %2.</source>
            <translation>Das Rezept wurde von einem neueren TuneDesk geschrieben (Version %1); dieses liest Version %2.</translation>
        </message>
        <message>
            <source>The recipe has no "request" object with the job's settings.</source>
            <translation>Das Rezept hat kein „request“-Objekt mit den Einstellungen des Jobs.</translation>
        </message>
        <message>
            <source>This is neither a TuneDesk recipe nor a fine-tuning request (it has no "tunedesk_recipe", "model" or "training_file").</source>
            <translation>Dies ist weder ein TuneDesk-Rezept noch eine Fine-Tuning-Anfrage (es hat kein „tunedesk_recipe“, „model“ oder „training_file“).</translation>
        </message>
        <message>
            <source>Cannot read the recipe %1: %2</source>
            <translation>Das Rezept %1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>%1 is too large to be a recipe.</source>
            <translation>%1 ist zu groß für ein Rezept.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Cannot write the recipe %1: %2</source>
            <translation>Das Rezept %1 kann nicht geschrieben werden: %2</translation>
        </message>
    </context>
    <context>
        <name>td::RegularFile</name>
        <message>
            <source>a FIFO</source>
            <translation>ein FIFO</translation>
        </message>
        <message>
            <source>a character device</source>
            <translation>ein zeichenorientiertes Gerät</translation>
        </message>
        <message>
            <source>a block device</source>
            <translation>ein blockorientiertes Gerät</translation>
        </message>
        <message>
            <source>a socket</source>
            <translation>ein Socket</translation>
        </message>
        <message>
            <source>a folder</source>
            <translation>ein Ordner</translation>
        </message>
        <message>
            <source>not a file</source>
            <translation>keine Datei</translation>
        </message>
        <message>
            <source>%1 is not a regular file (%2); choose a file.</source>
            <translation>%1 ist keine reguläre Datei (%2); wählen Sie eine Datei.</translation>
        </message>
        <message>
            <source>Cannot open %1</source>
            <translation>%1 kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Cannot read %1</source>
            <translation>%1 kann nicht gelesen werden</translation>
        </message>
    </context>
    <context>
        <name>td::RemoteFilesDialog</name>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Löschen …</translation>
        </message>
        <message>
            <source>Do&amp;wnload…</source>
            <translation>&amp;Herunterladen …</translation>
        </message>
        <message>
            <source>Files on Together</source>
            <translation>Dateien bei Together</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Zeilen</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Zweck</translation>
        </message>
        <message>
            <source>Processing</source>
            <translation>Verarbeitung</translation>
        </message>
        <message>
            <source>Uploaded</source>
            <translation>Hochgeladen</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>Ak&amp;tualisieren</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Wird geladen …</translation>
        </message>
        <message>
            <source>Could not list the files: %1</source>
            <translation>Die Dateien ließen sich nicht auflisten: %1</translation>
        </message>
        <message>
            <source>processed</source>
            <translation>verarbeitet</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n Datei</numerusform>
                <numerusform>%n Dateien</numerusform>
            </translation>
        </message>
        <message>
            <source>Select a file to see Together's report on it.</source>
            <translation>Wählen Sie eine Datei, um den Bericht von Together dazu zu sehen.</translation>
        </message>
        <message>
            <source>%1 (%2), %3</source>
            <translation>%1 (%2), %3</translation>
        </message>
        <message>
            <source>Together's validation: valid%1</source>
            <translation>Prüfung durch Together: gültig%1</translation>
        </message>
        <message>
            <source>Together's validation: invalid: %1</source>
            <translation>Prüfung durch Together: ungültig: %1</translation>
        </message>
        <message>
            <source>Processing: %1</source>
            <translation>Verarbeitung: %1</translation>
        </message>
        <message>
            <source>Delete File</source>
            <translation>Datei löschen</translation>
        </message>
        <message>
            <source>Delete %1 (%2) from Together? Jobs that used it keep their results.</source>
            <translation>%1 (%2) bei Together löschen? Jobs, die sie verwendet haben, behalten ihre Ergebnisse.</translation>
        </message>
        <message>
            <source>%1 was not deleted: %2</source>
            <translation>%1 wurde nicht gelöscht: %2</translation>
        </message>
        <message>
            <source>Deleted %1.</source>
            <translation>%1 gelöscht.</translation>
        </message>
        <message>
            <source>Save File</source>
            <translation>Datei speichern</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Downloading: %1</source>
            <translation>Herunterladen: %1</translation>
        </message>
        <message>
            <source>Download failed: %1</source>
            <translation>Download fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>%1 gespeichert.</translation>
        </message>
        <message>
            <source>Show line %1 of %2</source>
            <translation>Zeile %1 von %2 zeigen</translation>
        </message>
        <message>
            <source>Uploaded files</source>
            <translation>Hochgeladene Dateien</translation>
        </message>
    </context>
    <context>
        <name>td::RetryPolicy</name>
        <message>
            <source>Rate limited (429): %1</source>
            <translation>Ratenlimit erreicht (429): %1</translation>
        </message>
        <message>
            <source>%1 — trying again in %2, as the server asks (attempt %3)</source>
            <translation>%1 — neuer Versuch in %2, wie vom Server verlangt (Versuch %3)</translation>
        </message>
        <message>
            <source>%1 — trying again in %2 (attempt %3)</source>
            <translation>%1 — neuer Versuch in %2 (Versuch %3)</translation>
        </message>
    </context>
    <context>
        <name>td::RowConverter</name>
        <message>
            <source>Choose a format to import from.</source>
            <translation>Wählen Sie das Format, aus dem importiert werden soll.</translation>
        </message>
        <message>
            <source>Map the columns first: which holds the user's text, which the assistant's (for example user=question,assistant=answer).</source>
            <translation>Ordnen Sie zuerst die Spalten zu: welche den Text des Nutzers enthält, welche den des Assistenten (zum Beispiel user=question,assistant=answer).</translation>
        </message>
        <message>
            <source>"%1" is not something a column can be: use system, user, assistant; or prompt and completion; or text.</source>
            <translation>„%1“ kann eine Spalte nicht sein: Verwenden Sie system, user, assistant; oder prompt und completion; oder text.</translation>
        </message>
        <message>
            <source>The file has no column "%1" (its columns: %2).</source>
            <translation>Die Datei hat keine Spalte „%1“ (ihre Spalten: %2).</translation>
        </message>
        <message>
            <source>The mapping mixes roles, prompt/completion and text: a dataset has one format.</source>
            <translation>Die Zuordnung mischt Rollen, prompt/completion und text: Ein Datensatz hat nur ein Format.</translation>
        </message>
        <message>
            <source>Map both prompt and completion.</source>
            <translation>Ordnen Sie sowohl prompt als auch completion zu.</translation>
        </message>
        <message>
            <source>Map a column to assistant: Together trains on the assistant's answers.</source>
            <translation>Ordnen Sie assistant eine Spalte zu: Together trainiert auf den Antworten des Assistenten.</translation>
        </message>
    </context>
    <context>
        <name>td::RowConverter::Impl</name>
        <message>
            <source>the row is empty</source>
            <translation>die Zeile ist leer</translation>
        </message>
        <message>
            <source>the row is not valid UTF-8</source>
            <translation>die Zeile ist kein gültiges UTF-8</translation>
        </message>
        <message>
            <source>the row is not valid JSON (%1)</source>
            <translation>die Zeile ist kein gültiges JSON (%1)</translation>
        </message>
        <message>
            <source>the row is %1, not a JSON object</source>
            <translation>die Zeile ist %1, kein JSON-Objekt</translation>
        </message>
        <message>
            <source>this format is not read as JSON</source>
            <translation>dieses Format wird nicht als JSON gelesen</translation>
        </message>
        <message>
            <source>"%1" is text that is not JSON</source>
            <translation>„%1“ ist Text, der kein JSON ist</translation>
        </message>
        <message>
            <source>"%1" is %2, not a list</source>
            <translation>„%1“ ist %2, keine Liste</translation>
        </message>
        <message>
            <source>"functions" is %1, not a list</source>
            <translation>„functions“ ist %1, keine Liste</translation>
        </message>
        <message>
            <source>there is no "%1"</source>
            <translation>es gibt kein „%1“</translation>
        </message>
        <message>
            <source>"%1" is empty</source>
            <translation>„%1“ ist leer</translation>
        </message>
        <message>
            <source>"system" is %1, not text</source>
            <translation>„system“ ist %1, kein Text</translation>
        </message>
        <message>
            <source>%1 is %2, not an object</source>
            <translation>%1 ist %2, kein Objekt</translation>
        </message>
        <message>
            <source>%1 has no "%2"</source>
            <translation>%1 hat kein „%2“</translation>
        </message>
        <message>
            <source>%1.%2 is %3, not text</source>
            <translation>%1.%2 ist %3, kein Text</translation>
        </message>
        <message>
            <source>%1 is a function call whose value is not JSON</source>
            <translation>%1 ist ein Funktionsaufruf, dessen Wert kein JSON ist</translation>
        </message>
        <message>
            <source>%1 is from "%2", which is not a role TuneDesk knows (human, gpt, system, tool, …)</source>
            <translation>%1 stammt von „%2“, einer Rolle, die TuneDesk nicht kennt (human, gpt, system, tool, …)</translation>
        </message>
        <message>
            <source>%1.weight must be 0 or 1</source>
            <translation>%1.weight muss 0 oder 1 sein</translation>
        </message>
        <message>
            <source>"%1" is %2, not text</source>
            <translation>„%1“ ist %2, kein Text</translation>
        </message>
        <message>
            <source>the instruction and the input are both empty</source>
            <translation>Instruktion und Eingabe sind beide leer</translation>
        </message>
        <message>
            <source>"%1" is %2, not a list of [instruction, answer] pairs</source>
            <translation>„%1“ ist %2, keine Liste von [instruction, answer]-Paaren</translation>
        </message>
        <message>
            <source>%1[%2] is not an [instruction, answer] pair of texts</source>
            <translation>%1[%2] ist kein [instruction, answer]-Paar aus Texten</translation>
        </message>
        <message>
            <source>%1: the function call has no name</source>
            <translation>%1: Der Funktionsaufruf hat keinen Namen</translation>
        </message>
        <message>
            <source>%1.tool_calls is %2, not a list</source>
            <translation>%1.tool_calls ist %2, keine Liste</translation>
        </message>
        <message>
            <source>%1 has no function name</source>
            <translation>%1 hat keinen Funktionsnamen</translation>
        </message>
        <message>
            <source>%1.content is %2, not text or a list of parts</source>
            <translation>%1.content ist %2, weder Text noch eine Liste von Teilen</translation>
        </message>
        <message>
            <source>%1 is not a part with a "type"</source>
            <translation>%1 ist kein Teil mit „type“</translation>
        </message>
        <message>
            <source>%1 is a text part without text</source>
            <translation>%1 ist ein Textteil ohne Text</translation>
        </message>
        <message>
            <source>%1 is an image in a %2 message; Together takes images from the user only</source>
            <translation>%1 ist ein Bild in einer %2-Nachricht; Together nimmt Bilder nur vom Nutzer an</translation>
        </message>
        <message>
            <source>%1 is a "%2" part, which Together cannot train on (text and image_url only)</source>
            <translation>%1 ist ein „%2“-Teil, auf dem Together nicht trainieren kann (nur text und image_url)</translation>
        </message>
        <message>
            <source>%1: an image part without a URL</source>
            <translation>%1: ein Bildteil ohne URL</translation>
        </message>
        <message>
            <source>%1 has the role "%2", which Together does not have (system, user, assistant, tool)</source>
            <translation>%1 hat die Rolle „%2“, die es bei Together nicht gibt (system, user, assistant, tool)</translation>
        </message>
        <message>
            <source>%1 has tool calls but is not from the assistant</source>
            <translation>%1 hat Tool-Aufrufe, stammt aber nicht vom Assistenten</translation>
        </message>
        <message>
            <source>the line is empty</source>
            <translation>die Zeile ist leer</translation>
        </message>
        <message>
            <source>the line is not valid UTF-8</source>
            <translation>die Zeile ist kein gültiges UTF-8</translation>
        </message>
        <message>
            <source>the row could not be read</source>
            <translation>die Zeile konnte nicht gelesen werden</translation>
        </message>
        <message>
            <source>the row has %1 fields, the header %2</source>
            <translation>die Zeile hat %1 Felder, die Kopfzeile %2</translation>
        </message>
        <message>
            <source>the column %1 is not valid UTF-8</source>
            <translation>die Spalte %1 ist kein gültiges UTF-8</translation>
        </message>
        <message>
            <source>the text is empty</source>
            <translation>der Text ist leer</translation>
        </message>
        <message>
            <source>the assistant's columns are empty</source>
            <translation>die Spalten des Assistenten sind leer</translation>
        </message>
        <message>
            <source>the user's columns are empty</source>
            <translation>die Spalten des Nutzers sind leer</translation>
        </message>
    </context>
    <context>
        <name>td::RowEditor</name>
        <message>
            <source>Add message</source>
            <translation>Nachricht hinzufügen</translation>
        </message>
        <message>
            <source>Select a row to read and edit it.</source>
            <translation>Wählen Sie eine Zeile, um sie zu lesen und zu bearbeiten.</translation>
        </message>
        <message>
            <source>Row %1 is not valid JSON (%2). Edit it as text in the raw editor below.</source>
            <translation>Zeile %1 ist kein gültiges JSON (%2). Bearbeiten Sie sie als Text im JSON-Editor unten.</translation>
        </message>
        <message>
            <source>Row %1 is JSON but not an object. Edit it in the raw editor below.</source>
            <translation>Zeile %1 ist JSON, aber kein Objekt. Bearbeiten Sie sie im JSON-Editor unten.</translation>
        </message>
        <message>
            <source>Conversation, row %1</source>
            <translation>Konversation, Zeile %1</translation>
        </message>
        <message>
            <source>Preference pair (DPO), row %1</source>
            <translation>Präferenzpaar (DPO), Zeile %1</translation>
        </message>
        <message>
            <source>Instruction, row %1</source>
            <translation>Instruktion, Zeile %1</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Prompt</translation>
        </message>
        <message>
            <source>Completion</source>
            <translation>Completion</translation>
        </message>
        <message>
            <source>Text, row %1</source>
            <translation>Text, Zeile %1</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Row %1 has none of the keys of a known format (messages, prompt/completion, text, input/preferred_output/non_preferred_output).</source>
            <translation>Zeile %1 hat keinen der Schlüssel eines bekannten Formats (messages, prompt/completion, text, input/preferred_output/non_preferred_output).</translation>
        </message>
        <message>
            <source>The messages are not a list: edit them in the raw editor.</source>
            <translation>Die Nachrichten sind keine Liste: bearbeiten Sie sie im JSON-Editor.</translation>
        </message>
        <message>
            <source>Preferred answer</source>
            <translation>Bevorzugte Antwort</translation>
        </message>
        <message>
            <source>Rejected answer</source>
            <translation>Abgelehnte Antwort</translation>
        </message>
        <message>
            <source>Remove system prompt</source>
            <translation>Systemprompt entfernen</translation>
        </message>
        <message>
            <source>Add system prompt</source>
            <translation>Systemprompt hinzufügen</translation>
        </message>
        <message>
            <source>Edit message %1</source>
            <translation>Nachricht %1 bearbeiten</translation>
        </message>
        <message>
            <source>Change role of message %1</source>
            <translation>Rolle von Nachricht %1 ändern</translation>
        </message>
        <message>
            <source>Set weight of message %1</source>
            <translation>Gewicht von Nachricht %1 setzen</translation>
        </message>
        <message>
            <source>Delete message %1</source>
            <translation>Nachricht %1 löschen</translation>
        </message>
        <message>
            <source>Move message %1</source>
            <translation>Nachricht %1 verschieben</translation>
        </message>
        <message>
            <source>Edit %1</source>
            <translation>%1 bearbeiten</translation>
        </message>
        <message>
            <source>Sample weight</source>
            <translation>Zeilengewicht</translation>
        </message>
        <message>
            <source>Sample weight value</source>
            <translation>Wert des Zeilengewichts</translation>
        </message>
        <message>
            <source>The row's "weight": a number of 0 or more that multiplies the loss of the whole row (1 when absent; 0 trains nothing of it). Message weights still decide which messages are trained.</source>
            <translation>Das „weight“ der Zeile: eine Zahl von 0 oder mehr, die den Loss der ganzen Zeile multipliziert (1, wenn es fehlt; bei 0 wird nichts davon trainiert). Die Nachrichtengewichte entscheiden weiterhin, welche Nachrichten trainiert werden.</translation>
        </message>
        <message>
            <source>The sample weight %1 is not a number of 0 or more; Together rejects the row.</source>
            <translation>Das Zeilengewicht %1 ist keine Zahl von 0 oder mehr; Together lehnt die Zeile ab.</translation>
        </message>
        <message>
            <source>Set the sample weight</source>
            <translation>Zeilengewicht setzen</translation>
        </message>
        <message>
            <source>Edit the reasoning of message %1</source>
            <translation>Begründung von Nachricht %1 bearbeiten</translation>
        </message>
        <message>
            <source>Add reasoning to message %1</source>
            <translation>Nachricht %1 eine Begründung hinzufügen</translation>
        </message>
        <message>
            <source>Remove the reasoning of message %1</source>
            <translation>Begründung von Nachricht %1 entfernen</translation>
        </message>
        <message>
            <source>Row %1 is a JSON object followed by other text. Remove the text after the object in the raw editor below, or use the Checks pane's fix.</source>
            <translation>Zeile %1 ist ein JSON-Objekt, gefolgt von weiterem Text. Entfernen Sie den Text nach dem Objekt im Roh-Editor unten oder nutzen Sie die Korrektur im Prüfbereich.</translation>
        </message>
    </context>
    <context>
        <name>td::RowFacts</name>
        <message>
            <source>no weights</source>
            <translation>keine Gewichte</translation>
        </message>
        <message>
            <source>all 1</source>
            <translation>alle 1</translation>
        </message>
        <message>
            <source>all 0</source>
            <translation>alle 0</translation>
        </message>
        <message>
            <source>last answer only</source>
            <translation>nur letzte Antwort</translation>
        </message>
        <message>
            <source>mixed</source>
            <translation>gemischt</translation>
        </message>
        <message>
            <source>not 0 or 1</source>
            <translation>nicht 0 oder 1</translation>
        </message>
        <message>
            <source>no letters</source>
            <translation>keine Buchstaben</translation>
        </message>
        <message>
            <source>Latin</source>
            <translation>Lateinisch</translation>
        </message>
        <message>
            <source>Cyrillic</source>
            <translation>Kyrillisch</translation>
        </message>
        <message>
            <source>Greek</source>
            <translation>Griechisch</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>Arabisch</translation>
        </message>
        <message>
            <source>Hebrew</source>
            <translation>Hebräisch</translation>
        </message>
        <message>
            <source>Devanagari</source>
            <translation>Devanagari</translation>
        </message>
        <message>
            <source>Han (Chinese characters)</source>
            <translation>Han (chinesische Schriftzeichen)</translation>
        </message>
        <message>
            <source>Kana (Japanese)</source>
            <translation>Kana (Japanisch)</translation>
        </message>
        <message>
            <source>Hangul (Korean)</source>
            <translation>Hangul (Koreanisch)</translation>
        </message>
        <message>
            <source>Thai</source>
            <translation>Thai</translation>
        </message>
        <message>
            <source>other scripts</source>
            <translation>andere Schriften</translation>
        </message>
    </context>
    <context>
        <name>td::RowSearch</name>
        <message>
            <source>Invalid regular expression: %1</source>
            <translation>Ungültiger regulärer Ausdruck: %1</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
        </message>
    </context>
    <context>
        <name>td::RowSplitter</name>
        <message>
            <source>Only a conversation row (with "messages") can be split by turns.</source>
            <translation>Nur eine Gesprächszeile (mit „messages“) lässt sich nach Runden teilen.</translation>
        </message>
        <message>
            <source>The turn starting at message %1 does not fit in %2 tokens even alone (with the system prompt); shorten it, or remove the row.</source>
            <translation>Die Runde ab Nachricht %1 passt auch allein (mit dem Systemprompt) nicht in %2 Token; kürzen Sie sie oder entfernen Sie die Zeile.</translation>
        </message>
    </context>
    <context>
        <name>td::RowSummary</name>
        <message>
            <source>Blank line</source>
            <translation>Leerzeile</translation>
        </message>
        <message>
            <source>The line is not valid UTF-8</source>
            <translation>Die Zeile ist kein gültiges UTF-8</translation>
        </message>
        <message>
            <source>Not valid JSON: %1</source>
            <translation>Kein gültiges JSON: %1</translation>
        </message>
        <message>
            <source>The line is JSON but not an object</source>
            <translation>Die Zeile ist JSON, aber kein Objekt</translation>
        </message>
        <message>
            <source>conversation</source>
            <translation>Konversation</translation>
        </message>
        <message>
            <source>instruction</source>
            <translation>Instruktion</translation>
        </message>
        <message>
            <source>text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>preference</source>
            <translation>Präferenz</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>invalid</source>
            <translation>ungültig</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>blank line</source>
            <translation>Leerzeile</translation>
        </message>
        <message>
            <source>invalid UTF-8</source>
            <translation>ungültiges UTF-8</translation>
        </message>
        <message>
            <source>invalid JSON</source>
            <translation>ungültiges JSON</translation>
        </message>
        <message>
            <source>not an object</source>
            <translation>kein Objekt</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>%1 trained, %2 masked of %3</source>
            <translation>%1 trainiert, %2 maskiert von %3</translation>
        </message>
        <message>
            <source>A JSON object followed by other text: %1</source>
            <translation>Ein JSON-Objekt, gefolgt von weiterem Text: %1</translation>
        </message>
        <message>
            <source>text after JSON</source>
            <translation>Text nach JSON</translation>
        </message>
    </context>
    <context>
        <name>td::SampleDataset</name>
        <message>
            <source>The sample dataset could not be copied to %1: %2</source>
            <translation>Der Beispieldatensatz konnte nicht nach %1 kopiert werden: %2</translation>
        </message>
        <message>
            <source>the folder cannot be made.</source>
            <translation>der Ordner kann nicht angelegt werden.</translation>
        </message>
        <message>
            <source>the file cannot be renamed.</source>
            <translation>die Datei kann nicht umbenannt werden.</translation>
        </message>
    </context>
    <context>
        <name>td::ScaleDialog</name>
        <message>
            <source>Scale %1</source>
            <translation>%1 skalieren</translation>
        </message>
        <message>
            <source>Replicas of &lt;b&gt;%1&lt;/b&gt;. Together adds replicas up to the maximum under load and keeps the minimum running; 0 and 0 stop the deployment.</source>
            <translation>Replikate von &lt;b&gt;%1&lt;/b&gt;. Together fügt unter Last Replikate bis zum Maximum hinzu und hält das Minimum in Betrieb; 0 und 0 stoppen die Bereitstellung.</translation>
        </message>
        <message>
            <source>Minimum replicas</source>
            <translation>Mindestzahl Replikate</translation>
        </message>
        <message>
            <source>Maximum replicas</source>
            <translation>Höchstzahl Replikate</translation>
        </message>
        <message>
            <source>&amp;Apply</source>
            <translation>&amp;Anwenden</translation>
        </message>
        <message>
            <source>M&amp;inimum replicas:</source>
            <translation>M&amp;indestzahl Replikate:</translation>
        </message>
        <message>
            <source>Ma&amp;ximum replicas:</source>
            <translation>Hö&amp;chstzahl Replikate:</translation>
        </message>
        <message>
            <source>Stopped: nothing is billed.</source>
            <translation>Gestoppt: Nichts wird berechnet.</translation>
        </message>
        <message>
            <source>The price of this hardware is not known.</source>
            <translation>Der Preis dieser Hardware ist nicht bekannt.</translation>
        </message>
        <message>
            <source>%1 per hour.</source>
            <translation>%1 pro Stunde.</translation>
        </message>
        <message>
            <source>%1 per hour, up to %2 under load.</source>
            <translation>%1 pro Stunde, unter Last bis zu %2.</translation>
        </message>
    </context>
    <context>
        <name>td::SecretStore</name>
        <message>
            <source>No keychain service is running</source>
            <translation>Kein Schlüsselbund-Dienst aktiv</translation>
        </message>
        <message>
            <source>No secret stored for %1</source>
            <translation>Für %1 ist nichts gespeichert</translation>
        </message>
    </context>
    <context>
        <name>td::ShortcutsDialog</name>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Search actions and keys</source>
            <translation>Aktionen und Tasten suchen</translation>
        </message>
        <message>
            <source>Search shortcuts</source>
            <translation>Tastenkürzel suchen</translation>
        </message>
        <message>
            <source>Shows only the actions whose name, key or menu contains this text</source>
            <translation>Zeigt nur die Aktionen, deren Name, Taste oder Menü diesen Text enthält</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Every action that has a keyboard shortcut, grouped by menu</source>
            <translation>Jede Aktion mit einem Tastenkürzel, nach Menü geordnet</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Suchen:</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Weitere</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>td::StatisticsView</name>
        <message>
            <source>&amp;Refresh</source>
            <translation>Ak&amp;tualisieren</translation>
        </message>
        <message>
            <source>Open a dataset to see its statistics.</source>
            <translation>Öffnen Sie einen Datensatz, um seine Statistik zu sehen.</translation>
        </message>
        <message>
            <source>Reading the rows</source>
            <translation>Zeilen werden gelesen</translation>
        </message>
        <message>
            <source>Read every row again</source>
            <translation>Alle Zeilen erneut lesen</translation>
        </message>
        <message>
            <source>Bars of every chart</source>
            <translation>Balken aller Diagramme</translation>
        </message>
        <message>
            <source>Press Enter on a bar to show its rows in the table</source>
            <translation>Drücken Sie Eingabe auf einem Balken, um seine Zeilen in der Tabelle zu zeigen</translation>
        </message>
        <message>
            <source>Bar</source>
            <translation>Balken</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Zeilen</translation>
        </message>
        <message>
            <source>Reading the rows…</source>
            <translation>Zeilen werden gelesen…</translation>
        </message>
        <message>
            <source>Click a bar to show its rows in the table</source>
            <translation>Klicken Sie auf einen Balken, um seine Zeilen in der Tabelle zu zeigen</translation>
        </message>
        <message>
            <source>%1; %2 in %3</source>
            <translation>%1; %2 in %3</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln Zeile</numerusform>
                <numerusform>%Ln Zeilen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln distinct system prompt(s)</source>
            <translation>
                <numerusform>%Ln eindeutiger System-Prompt</numerusform>
                <numerusform>%Ln eindeutige System-Prompts</numerusform>
            </translation>
        </message>
        <message>
            <source>%1; no system prompts</source>
            <translation>%1; keine System-Prompts</translation>
        </message>
    </context>
    <context>
        <name>td::TextFieldBlock</name>
        <message>
            <source>Not plain text (e.g. multimodal content): edit it in the raw JSON editor</source>
            <translation>Kein reiner Text (z. B. multimodaler Inhalt): im JSON-Editor bearbeiten</translation>
        </message>
        <message>
            <source>Field %1</source>
            <translation>Feld %1</translation>
        </message>
    </context>
    <context>
        <name>td::TogetherClient</name>
        <message>
            <source>The server's answer could not be read: %1</source>
            <translation>Die Antwort des Servers ist nicht lesbar: %1</translation>
        </message>
        <message>
            <source>The server named the model "%1", which cannot be used as a file name (it would lead out of the download folder).</source>
            <translation>Der Server hat das Modell „%1“ genannt, was sich nicht als Dateiname verwenden lässt (es würde aus dem Download-Ordner hinausführen).</translation>
        </message>
    </context>
    <context>
        <name>td::TogetherEvaluation</name>
        <message>
            <source>No row has answers from both models yet: generate the answers first.</source>
            <translation>Noch keine Zeile hat Antworten beider Modelle: Erzeugen Sie zuerst die Antworten.</translation>
        </message>
        <message>
            <source>%1 cannot be written: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message numerus="yes">
            <source>Uploading %n row(s) for Together's judge</source>
            <translation>
                <numerusform>%n Zeile wird für den Bewerter von Together hochgeladen</numerusform>
                <numerusform>%n Zeilen werden für den Bewerter von Together hochgeladen</numerusform>
            </translation>
        </message>
        <message>
            <source>The evaluation file could not be uploaded: %1</source>
            <translation>Die Evaluierungsdatei konnte nicht hochgeladen werden: %1</translation>
        </message>
        <message>
            <source>Starting the evaluation</source>
            <translation>Evaluierung wird gestartet</translation>
        </message>
        <message>
            <source>Together did not start the evaluation: %1</source>
            <translation>Together hat die Evaluierung nicht gestartet: %1</translation>
        </message>
        <message>
            <source>Together's answer named no evaluation job.</source>
            <translation>Die Antwort von Together nannte keinen Evaluierungsjob.</translation>
        </message>
        <message>
            <source>The evaluation's status could not be read: %1</source>
            <translation>Der Status der Evaluierung konnte nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Evaluation %1: %2</source>
            <translation>Evaluierung %1: %2</translation>
        </message>
        <message>
            <source>The evaluation finished without a result file.</source>
            <translation>Die Evaluierung wurde ohne Ergebnisdatei beendet.</translation>
        </message>
        <message>
            <source>The evaluation failed (%1): %2</source>
            <translation>Die Evaluierung ist fehlgeschlagen (%1): %2</translation>
        </message>
        <message>
            <source>The evaluation's result file could not be read: %1</source>
            <translation>Die Ergebnisdatei der Evaluierung konnte nicht gelesen werden: %1</translation>
        </message>
    </context>
    <context>
        <name>td::TokenEstimate</name>
        <message>
            <source>Counting tokens was cancelled.</source>
            <translation>Das Zählen der Tokens wurde abgebrochen.</translation>
        </message>
        <message>
            <source>%1 changed while it was being read.</source>
            <translation>%1 hat sich geändert, während sie gelesen wurde.</translation>
        </message>
    </context>
    <context>
        <name>td::TokenHistogramView</name>
        <message>
            <source>Tokens per row</source>
            <translation>Tokens pro Zeile</translation>
        </message>
        <message>
            <source>Choose a tokenizer above the table to count every row's tokens.</source>
            <translation>Wählen Sie über der Tabelle einen Tokenizer, um die Tokens jeder Zeile zu zählen.</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Zeilen</translation>
        </message>
        <message>
            <source>%1 to %2 tokens: %3 rows</source>
            <translation>%1 bis %2 Tokens: %3 Zeilen</translation>
        </message>
        <message>
            <source>tokens (bars of %1)</source>
            <translation>Tokens (Balken zu %1)</translation>
        </message>
        <message>
            <source>rows</source>
            <translation>Zeilen</translation>
        </message>
        <message>
            <source>No context length is set: rows are not checked for truncation.</source>
            <translation>Keine Kontextlänge gesetzt: Zeilen werden nicht auf Abschneiden geprüft.</translation>
        </message>
        <message>
            <source>Context length</source>
            <translation>Kontextlänge</translation>
        </message>
        <message>
            <source>Red line: the context length, %1 tokens; %2 rows are longer and will be cut.</source>
            <translation>Rote Linie: die Kontextlänge, %1 Tokens; %2 Zeilen sind länger und werden abgeschnitten.</translation>
        </message>
        <message>
            <source>Red line: the context length, %1 tokens; every row fits.</source>
            <translation>Rote Linie: die Kontextlänge, %1 Tokens; jede Zeile passt.</translation>
        </message>
        <message>
            <source>Click a bar to show its rows in the table.</source>
            <translation>Klicken Sie auf einen Balken, um seine Zeilen in der Tabelle zu zeigen.</translation>
        </message>
        <message>
            <source>rows of %1 to %2 tokens</source>
            <translation>Zeilen mit %1 bis %2 Tokens</translation>
        </message>
    </context>
    <context>
        <name>td::TokenPreview</name>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>Together's preview for %1: %2 data, max_seq_length %3, train_on_inputs %4
</source>
            <translation>Vorschau von Together für %1: %2-Daten, max_seq_length %3, train_on_inputs %4
</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>Row %1: %2 tokens, %3 trained</source>
            <translation>Zeile %1: %2 Tokens, %3 trainiert</translation>
        </message>
        <message>
            <source> (TuneDesk estimates %1 of %2)</source>
            <translation> (TuneDesk schätzt %1 von %2)</translation>
        </message>
        <message>
            <source>, truncated at %1 tokens</source>
            <translation>, abgeschnitten bei %1 Tokens</translation>
        </message>
        <message>
            <source>  ✂ cut here: the rest of the row is not trained on
</source>
            <translation>  ✂ hier abgeschnitten: Auf den Rest der Zeile wird nicht trainiert
</translation>
        </message>
        <message>
            <source>Trained tokens in these rows: Together %1</source>
            <translation>Trainierte Tokens in diesen Zeilen: Together %1</translation>
        </message>
        <message>
            <source>, TuneDesk's estimate %1</source>
            <translation>, Schätzung von TuneDesk %1</translation>
        </message>
        <message>
            <source> (TuneDesk counts %1 of %2)</source>
            <translation> (TuneDesk zählt %1 von %2)</translation>
        </message>
        <message>
            <source> (not counted exactly: %1)</source>
            <translation> (nicht exakt gezählt: %1)</translation>
        </message>
        <message>
            <source>, TuneDesk's count %1 (with %2)</source>
            <translation>, Zählung von TuneDesk %1 (mit %2)</translation>
        </message>
    </context>
    <context>
        <name>td::TokenViewDialog</name>
        <message>
            <source>Tokens of Row %1</source>
            <translation>Token der Zeile %1</translation>
        </message>
        <message>
            <source>Sequence</source>
            <translation>Sequenz</translation>
        </message>
        <message>
            <source>The row as the model reads it, token by token</source>
            <translation>Die Zeile, wie das Modell sie liest, Token für Token</translation>
        </message>
        <message>
            <source>No tokenizer is loaded.</source>
            <translation>Kein Tokenizer geladen.</translation>
        </message>
        <message>
            <source>This row cannot be counted: %1</source>
            <translation>Diese Zeile kann nicht gezählt werden: %1</translation>
        </message>
        <message>
            <source>%1 tokens, %2 of them trained, with %3.</source>
            <translation>%1 Token, davon %2 trainiert, mit %3.</translation>
        </message>
        <message>
            <source>Together cuts it after token %1 (✂): %2 tokens beyond, %3 trained tokens lost.</source>
            <translation>Together schneidet sie nach Token %1 ab (✂): %2 Token darüber hinaus, %3 trainierte Token gehen verloren.</translation>
        </message>
        <message>
            <source>The prompt with the preferred answer</source>
            <translation>Der Prompt mit der bevorzugten Antwort</translation>
        </message>
        <message>
            <source>The prompt with the rejected answer</source>
            <translation>Der Prompt mit der abgelehnten Antwort</translation>
        </message>
        <message>
            <source>Together cuts the row here: what follows is not trained</source>
            <translation>Hier schneidet Together die Zeile ab: Was folgt, wird nicht trainiert</translation>
        </message>
        <message>
            <source>(the first %1 of %2 tokens are shown)</source>
            <translation>(die ersten %1 von %2 Token werden gezeigt)</translation>
        </message>
        <message>
            <source>Token %1 of %2 · id %3 · %4 · %5</source>
            <translation>Token %1 von %2 · ID %3 · %4 · %5</translation>
        </message>
        <message>
            <source>trained</source>
            <translation>trainiert</translation>
        </message>
        <message>
            <source>not trained</source>
            <translation>nicht trainiert</translation>
        </message>
        <message>
            <source>cut off by the context length</source>
            <translation>durch die Kontextlänge abgeschnitten</translation>
        </message>
    </context>
    <context>
        <name>td::TokenizedDownload</name>
        <message>
            <source>Together has no tokenized dataset for %1 (yet): %2</source>
            <translation>Together hat (noch) keinen tokenisierten Datensatz für %1: %2</translation>
        </message>
    </context>
    <context>
        <name>td::TokenizerCache</name>
        <message>
            <source>No tokenizer is cached for %1. Add --download to fetch tokenizer.json and tokenizer_config.json from the model's Hugging Face repository (the base model it is fine-tuned from) into %2, or give the folder that holds them with --tokenizer DIR.</source>
            <translation>Für %1 ist kein Tokenizer zwischengespeichert. Fügen Sie --download hinzu, um tokenizer.json und tokenizer_config.json aus dem Hugging-Face-Repository des Modells (des Basismodells, von dem es feinabgestimmt wird) nach %2 zu laden, oder geben Sie den Ordner, der sie enthält, mit --tokenizer DIR an.</translation>
        </message>
    </context>
    <context>
        <name>td::TokenizerDownloadDialog</name>
        <message>
            <source>Download a Tokenizer</source>
            <translation>Tokenizer herunterladen</translation>
        </message>
        <message>
            <source>The tokenizer of a model's Hugging Face repository (the base model a fine-tune is made from), kept in TuneDesk's data folder for counting offline.</source>
            <translation>Der Tokenizer aus dem Hugging-Face-Repository eines Modells (des Basismodells einer Feinabstimmung), in TuneDesks Datenordner aufbewahrt, um offline zu zählen.</translation>
        </message>
        <message>
            <source>A Together model, e.g. Qwen/Qwen3-8B</source>
            <translation>Ein Together-Modell, z. B. Qwen/Qwen3-8B</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>&amp;Model:</source>
            <translation>&amp;Modell:</translation>
        </message>
        <message>
            <source>Hugging Face repository:</source>
            <translation>Hugging-Face-Repository:</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Revision</translation>
        </message>
        <message>
            <source>A branch, tag or commit of the repository; the commit it names now is recorded</source>
            <translation>Ein Branch, Tag oder Commit des Repositorys; der Commit, den er jetzt nennt, wird festgehalten</translation>
        </message>
        <message>
            <source>&amp;Revision:</source>
            <translation>&amp;Revision:</translation>
        </message>
        <message>
            <source>Hugging Face token</source>
            <translation>Hugging-Face-Token</translation>
        </message>
        <message>
            <source>Only for gated models (Llama, Gemma): hf_…</source>
            <translation>Nur für zugangsbeschränkte Modelle (Llama, Gemma): hf_…</translation>
        </message>
        <message>
            <source>Kept in the keychain and sent only to the Hugging Face Hub</source>
            <translation>Im Schlüsselbund aufbewahrt und nur an den Hugging Face Hub gesendet</translation>
        </message>
        <message>
            <source>Hugging Face &amp;token:</source>
            <translation>Hugging-Face-&amp;Token:</translation>
        </message>
        <message>
            <source>Download in progress</source>
            <translation>Download läuft</translation>
        </message>
        <message>
            <source>&amp;Download</source>
            <translation>&amp;Herunterladen</translation>
        </message>
        <message>
            <source>Cancelled: nothing was changed.</source>
            <translation>Abgebrochen: Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>A token is kept in the keychain (type to replace it)</source>
            <translation>Ein Token liegt im Schlüsselbund (tippen, um es zu ersetzen)</translation>
        </message>
        <message>
            <source>(choose a model)</source>
            <translation>(Modell wählen)</translation>
        </message>
        <message>
            <source>%1 at commit %2 is in %3.</source>
            <translation>%1 im Commit %2 liegt in %3.</translation>
        </message>
        <message>
            <source>Not downloaded: %1</source>
            <translation>Nicht heruntergeladen: %1</translation>
        </message>
    </context>
    <context>
        <name>td::TokenizerJson</name>
        <message>
            <source>the file is larger than any real tokenizer (%1 bytes)</source>
            <translation>die Datei ist größer als jeder echte Tokenizer (%1 Bytes)</translation>
        </message>
        <message>
            <source>it is not valid JSON (%1)</source>
            <translation>sie ist kein gültiges JSON (%1)</translation>
        </message>
        <message>
            <source>it is not a JSON object</source>
            <translation>sie ist kein JSON-Objekt</translation>
        </message>
        <message>
            <source>it has no model</source>
            <translation>sie enthält kein Modell</translation>
        </message>
        <message>
            <source>a %1 model</source>
            <translation>ein Modell vom Typ %1</translation>
        </message>
        <message>
            <source>BPE dropout</source>
            <translation>BPE-Dropout</translation>
        </message>
        <message>
            <source>a continuing-subword prefix</source>
            <translation>ein Präfix für fortgesetzte Teilwörter</translation>
        </message>
        <message>
            <source>an end-of-word suffix</source>
            <translation>ein Wortende-Suffix</translation>
        </message>
        <message>
            <source>byte-level BPE</source>
            <translation>Byte-Level-BPE</translation>
        </message>
        <message>
            <source>SentencePiece-style BPE</source>
            <translation>BPE im SentencePiece-Stil</translation>
        </message>
        <message>
            <source>the model has no vocabulary</source>
            <translation>das Modell hat kein Vokabular</translation>
        </message>
        <message>
            <source>the token "%1" has no valid id</source>
            <translation>das Token „%1“ hat keine gültige ID</translation>
        </message>
        <message>
            <source>the vocabulary is empty</source>
            <translation>das Vokabular ist leer</translation>
        </message>
        <message>
            <source>an added token has no id or content</source>
            <translation>ein hinzugefügtes Token hat keine ID oder keinen Inhalt</translation>
        </message>
        <message>
            <source>the added token "%1" with %2</source>
            <translation>das hinzugefügte Token „%1“ mit %2</translation>
        </message>
        <message>
            <source>the added token "%1" matched after normalization</source>
            <translation>das hinzugefügte Token „%1“, abgeglichen nach der Normalisierung</translation>
        </message>
        <message>
            <source>the model has no merges</source>
            <translation>das Modell hat keine Merges</translation>
        </message>
        <message>
            <source>the merge "%1" is not two tokens</source>
            <translation>der Merge „%1“ besteht nicht aus zwei Tokens</translation>
        </message>
        <message>
            <source>merge %1 is neither "a b" nor ["a", "b"]</source>
            <translation>Merge %1 ist weder "a b" noch ["a", "b"]</translation>
        </message>
        <message>
            <source>merge %1 ("%2" "%3") uses a token that is not in the vocabulary</source>
            <translation>Merge %1 ("%2" "%3") verwendet ein Token, das nicht im Vokabular ist</translation>
        </message>
        <message>
            <source>the unknown token "%1" is not in the vocabulary</source>
            <translation>das Unknown-Token „%1“ ist nicht im Vokabular</translation>
        </message>
    </context>
    <context>
        <name>td::TokensBar</name>
        <message>
            <source>Train on inp&amp;uts</source>
            <translation>Eingaben trai&amp;nieren</translation>
        </message>
        <message>
            <source>To&amp;kenizer…</source>
            <translation>To&amp;kenizer…</translation>
        </message>
        <message>
            <source>Choose the folder of the model's Hugging Face tokenizer (tokenizer.json and tokenizer_config.json) to count every row's tokens exactly</source>
            <translation>Den Ordner des Hugging-Face-Tokenizers des Modells wählen (tokenizer.json und tokenizer_config.json), um die Tokens jeder Zeile exakt zu zählen</translation>
        </message>
        <message>
            <source>model's</source>
            <translation>Modellwert</translation>
        </message>
        <message>
            <source>Context length (max_seq_length) in tokens</source>
            <translation>Kontextlänge (max_seq_length) in Tokens</translation>
        </message>
        <message>
            <source>Together's max_seq_length for the model: longer rows are cut. "model's": the tokenizer's model_max_length</source>
            <translation>max_seq_length von Together für das Modell: Längere Zeilen werden abgeschnitten. „Modellwert“: model_max_length des Tokenizers</translation>
        </message>
        <message>
            <source>Count user and system messages as trained, as the job's train_on_inputs would</source>
            <translation>Nutzer- und Systemnachrichten als trainiert zählen, wie es train_on_inputs des Jobs täte</translation>
        </message>
        <message>
            <source>Counting tokens</source>
            <translation>Tokens werden gezählt</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Cancel counting tokens</source>
            <translation>Zählen der Tokens abbrechen</translation>
        </message>
        <message>
            <source>Show the rows over the context length</source>
            <translation>Die Zeilen über der Kontextlänge zeigen</translation>
        </message>
        <message>
            <source>Histogra&amp;m…</source>
            <translation>Histogra&amp;mm…</translation>
        </message>
        <message>
            <source>Tokens per row, with the context length</source>
            <translation>Tokens pro Zeile, mit der Kontextlänge</translation>
        </message>
        <message>
            <source>Histogram of tokens per row</source>
            <translation>Histogramm der Tokens pro Zeile</translation>
        </message>
        <message>
            <source>Counting failed: %1</source>
            <translation>Zählen fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>Choose the folder of a Hugging Face tokenizer (tokenizer.json, tokenizer_config.json)</source>
            <translation>Den Ordner eines Hugging-Face-Tokenizers wählen (tokenizer.json, tokenizer_config.json)</translation>
        </message>
        <message>
            <source>Loading %1…</source>
            <translation>%1 wird geladen…</translation>
        </message>
        <message>
            <source>Tokenizer not loaded: %1</source>
            <translation>Tokenizer nicht geladen: %1</translation>
        </message>
        <message>
            <source>No tokenizer: token counts are estimates (characters ÷ 4)</source>
            <translation>Kein Tokenizer: Tokenzahlen sind Schätzungen (Zeichen ÷ 4)</translation>
        </message>
        <message>
            <source>Counting tokens…</source>
            <translation>Tokens werden gezählt…</translation>
        </message>
        <message>
            <source>Exact: %1 tokens, %2 trained</source>
            <translation>Exakt: %1 Tokens, %2 trainiert</translation>
        </message>
        <message>
            <source> (before the last edit)</source>
            <translation> (vor der letzten Änderung)</translation>
        </message>
        <message>
            <source>%1 over %2</source>
            <translation>%1 über %2</translation>
        </message>
        <message>
            <source>Show only the rows longer than the context length (Together cuts them)</source>
            <translation>Nur die Zeilen zeigen, die länger als die Kontextlänge sind (Together schneidet sie ab)</translation>
        </message>
        <message>
            <source>Show the %1 rows over the context length of %2 tokens</source>
            <translation>Die %1 Zeilen über der Kontextlänge von %2 Tokens zeigen</translation>
        </message>
        <message>
            <source>rows over the context length (%1 tokens)</source>
            <translation>Zeilen über der Kontextlänge (%1 Tokens)</translation>
        </message>
        <message>
            <source>Tokens per Row</source>
            <translation>Tokens pro Zeile</translation>
        </message>
        <message numerus="yes">
            <source>; %Ln row(s) not counted</source>
            <translation>
                <numerusform>; %Ln Zeile nicht gezählt</numerusform>
                <numerusform>; %Ln Zeilen nicht gezählt</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Show These Rows</source>
            <translation>Diese Zeilen &amp;zeigen</translation>
        </message>
        <message>
            <source>&amp;Remove These Rows…</source>
            <translation>Diese Zeilen &amp;entfernen…</translation>
        </message>
        <message>
            <source>Remove Rows over the Context Length</source>
            <translation>Zeilen über der Kontextlänge entfernen</translation>
        </message>
        <message>
            <source>Tokens of This Row…</source>
            <translation>Token dieser Zeile …</translation>
        </message>
        <message>
            <source>The selected row token by token: ids, what is trained, where the context length cuts it</source>
            <translation>Die gewählte Zeile Token für Token: IDs, was trainiert wird, wo die Kontextlänge sie abschneidet</translation>
        </message>
        <message>
            <source>Select a row first</source>
            <translation>Wählen Sie zuerst eine Zeile</translation>
        </message>
        <message>
            <source>S&amp;plit These Rows between Turns…</source>
            <translation>Diese Zeilen zwischen Runden &amp;teilen …</translation>
        </message>
        <message>
            <source>Split Rows over the Context Length</source>
            <translation>Zeilen über der Kontextlänge teilen</translation>
        </message>
        <message numerus="yes">
            <source>Splitting %Ln row(s)…</source>
            <translation>
                <numerusform>Teile %Ln Zeile …</numerusform>
                <numerusform>Teile %Ln Zeilen …</numerusform>
            </translation>
        </message>
        <message>
            <source>The dataset changed while rows were split: nothing was changed; split again.</source>
            <translation>Der Datensatz hat sich beim Teilen geändert: Nichts wurde geändert; teilen Sie erneut.</translation>
        </message>
        <message numerus="yes">
            <source>Split %Ln row(s) into %1 rows that fit.</source>
            <translation>
                <numerusform>%Ln Zeile in %1 passende Zeilen geteilt.</numerusform>
                <numerusform>%Ln Zeilen in %1 passende Zeilen geteilt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Split %Ln Row(s) over the Context Length</source>
            <translation>
                <numerusform>%Ln Zeile über der Kontextlänge teilen</numerusform>
                <numerusform>%Ln Zeilen über der Kontextlänge teilen</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose a &amp;Folder…</source>
            <translation>&amp;Ordner wählen …</translation>
        </message>
        <message>
            <source>&amp;Download for a Model…</source>
            <translation>Für ein Modell &amp;herunterladen …</translation>
        </message>
        <message>
            <source>Counting with %1's tokenizer from the Hugging Face Hub.</source>
            <translation>Zähle mit dem Tokenizer von %1 aus dem Hugging Face Hub.</translation>
        </message>
        <message numerus="yes">
            <source>Remove the %n row(s) longer than %1 tokens? Together would cut them at the context length and train on what is left. Undo brings them back.</source>
            <translation>
                <numerusform>Die %n Zeile mit mehr als %1 Token entfernen? Together würde sie an der Kontextlänge abschneiden und auf dem Rest trainieren. Rückgängig bringt sie zurück.</numerusform>
                <numerusform>Die %n Zeilen mit mehr als %1 Token entfernen? Together würde sie an der Kontextlänge abschneiden und auf dem Rest trainieren. Rückgängig bringt sie zurück.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Split the %n row(s) longer than %1 tokens into rows that fit, between turns? Each piece starts with the row's system prompt and keeps its other fields; no message is cut. A row with a turn too long even alone stays as it is. Undo brings the rows back.</source>
            <translation>
                <numerusform>Die %n Zeile mit mehr als %1 Token zwischen den Runden in passende Zeilen teilen? Jedes Stück beginnt mit dem Systemprompt der Zeile und behält ihre übrigen Felder; keine Nachricht wird abgeschnitten. Eine Zeile mit einer Runde, die schon allein zu lang ist, bleibt, wie sie ist. Rückgängig bringt die Zeilen zurück.</numerusform>
                <numerusform>Die %n Zeilen mit mehr als %1 Token zwischen den Runden in passende Zeilen teilen? Jedes Stück beginnt mit dem Systemprompt der Zeile und behält ihre übrigen Felder; keine Nachricht wird abgeschnitten. Eine Zeile mit einer Runde, die schon allein zu lang ist, bleibt, wie sie ist. Rückgängig bringt die Zeilen zurück.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not split (a turn too long even alone, or not a conversation): %Ln row(s) (%1).</source>
            <translation>
                <numerusform>Nicht geteilt (eine Runde schon allein zu lang, oder kein Gespräch): %Ln Zeile (%1).</numerusform>
                <numerusform>Nicht geteilt (eine Runde schon allein zu lang, oder kein Gespräch): %Ln Zeilen (%1).</numerusform>
            </translation>
        </message>
        <message>
            <source>Co&amp;ntext length:</source>
            <translation>Kontext&amp;länge:</translation>
        </message>
        <message>
            <source>Showing %1 %2</source>
            <translation>%1 %2 werden gezeigt</translation>
        </message>
    </context>
    <context>
        <name>td::TrainingRows</name>
        <message>
            <source>The row is not valid JSON.</source>
            <translation>Die Zeile ist kein gültiges JSON.</translation>
        </message>
        <message>
            <source>Only conversation, preference and prompt/completion rows can be tried in the playground.</source>
            <translation>Nur Unterhaltungs-, Präferenz- und Prompt/Completion-Zeilen lassen sich im Playground ausprobieren.</translation>
        </message>
        <message>
            <source>The row has no assistant message to compare with.</source>
            <translation>Die Zeile hat keine Assistentennachricht zum Vergleichen.</translation>
        </message>
        <message>
            <source>The answer chosen does not follow a user message.</source>
            <translation>Die gewählte Antwort folgt auf keine Benutzernachricht.</translation>
        </message>
    </context>
    <context>
        <name>td::WelcomePage</name>
        <message>
            <source>Welcome to TuneDesk</source>
            <translation>Willkommen bei TuneDesk</translation>
        </message>
        <message>
            <source>Curate a fine-tuning dataset, check it as Together does, launch a fine-tune and chat with the result. Start with a dataset, or connect first.</source>
            <translation>Stellen Sie einen Fine-Tuning-Datensatz zusammen, prüfen Sie ihn wie Together, starten Sie ein Fine-Tuning und chatten Sie mit dem Ergebnis. Beginnen Sie mit einem Datensatz oder verbinden Sie sich zuerst.</translation>
        </message>
        <message>
            <source>&amp;Open Dataset…</source>
            <translation>Datensatz ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>A .jsonl or .jsonl.zst file of any size (Ctrl+O), or drop one on the window.</source>
            <translation>Eine .jsonl- oder .jsonl.zst-Datei beliebiger Größe (Strg+O), oder legen Sie eine im Fenster ab.</translation>
        </message>
        <message>
            <source>&amp;New Dataset</source>
            <translation>&amp;Neuer Datensatz</translation>
        </message>
        <message>
            <source>An empty dataset to write rows into (Ctrl+N).</source>
            <translation>Ein leerer Datensatz, in den Sie Zeilen schreiben (Strg+N).</translation>
        </message>
        <message>
            <source>Open Sa&amp;mple Dataset</source>
            <translation>Bei&amp;spieldatensatz öffnen</translation>
        </message>
        <message>
            <source>Thirteen support chats in mixed shapes, one of them broken: problems for the Checks pane to find. A copy of your own, to edit freely.</source>
            <translation>Dreizehn Support-Chats in gemischter Form, einer davon kaputt: Probleme, die der Bereich Prüfungen finden soll. Eine eigene Kopie, frei bearbeitbar.</translation>
        </message>
        <message>
            <source>Recent datasets</source>
            <translation>Zuletzt geöffnete Datensätze</translation>
        </message>
        <message>
            <source>Return or a double click opens the dataset</source>
            <translation>Eingabe oder ein Doppelklick öffnet den Datensatz</translation>
        </message>
        <message>
            <source>&amp;Recent datasets</source>
            <translation>&amp;Zuletzt geöffnete Datensätze</translation>
        </message>
        <message>
            <source>Datasets</source>
            <translation>Datensätze</translation>
        </message>
        <message>
            <source>&amp;Connect to Together…</source>
            <translation>Mit Together &amp;verbinden…</translation>
        </message>
        <message>
            <source>Paste your API key, test it, done. The key is kept in the system keychain (or in memory for this session).</source>
            <translation>API-Schlüssel einfügen, testen, fertig. Der Schlüssel wird im Schlüsselbund des Systems aufbewahrt (oder für diese Sitzung im Speicher).</translation>
        </message>
        <message>
            <source>Try the &amp;Demo Connection</source>
            <translation>Demo-Verbindung aus&amp;probieren</translation>
        </message>
        <message>
            <source>No account needed: starts a local server that behaves like Together, so Jobs, the Playground and Endpoints can be tried for free. Nothing leaves this machine.</source>
            <translation>Kein Konto nötig: startet einen lokalen Server, der sich wie Together verhält, sodass sich Jobs, Playground und Endpunkte kostenlos ausprobieren lassen. Nichts verlässt diesen Rechner.</translation>
        </message>
        <message>
            <source>Fine-tuning and chat</source>
            <translation>Fine-Tuning und Chat</translation>
        </message>
        <message>
            <source>%1 (no longer there)</source>
            <translation>%1 (nicht mehr vorhanden)</translation>
        </message>
        <message>
            <source>None yet: the datasets you open are listed here.</source>
            <translation>Noch keine: Die Datensätze, die Sie öffnen, werden hier aufgeführt.</translation>
        </message>
        <message>
            <source>Starting the local server…</source>
            <translation>Der lokale Server wird gestartet…</translation>
        </message>
        <message>
            <source>The demo is the active connection (%1): open Jobs (Ctrl+2), the Playground (Ctrl+3) or Endpoints (Ctrl+4).</source>
            <translation>Die Demo ist die aktive Verbindung (%1): Öffnen Sie Jobs (Strg+2), den Playground (Strg+3) oder Endpunkte (Strg+4).</translation>
        </message>
        <message>
            <source>The demo server runs at %1; choose it in the status bar to use it.</source>
            <translation>Der Demo-Server läuft unter %1; wählen Sie ihn in der Statusleiste, um ihn zu verwenden.</translation>
        </message>
        <message>
            <source>Stop the &amp;Demo Connection</source>
            <translation>&amp;Demo-Verbindung beenden</translation>
        </message>
        <message>
            <source>Use the &amp;Demo Connection</source>
            <translation>&amp;Demo-Verbindung verwenden</translation>
        </message>
        <message>
            <source>Jobs and Endpoints use: %1</source>
            <translation>Jobs und Endpunkte verwenden: %1</translation>
        </message>
        <message>
            <source>Jobs and Endpoints use: %1.</source>
            <translation>Jobs und Endpunkte verwenden: %1.</translation>
        </message>
        <message>
            <source>Together has a key.</source>
            <translation>Together hat einen Schlüssel.</translation>
        </message>
        <message>
            <source>Together is not connected yet.</source>
            <translation>Together ist noch nicht verbunden.</translation>
        </message>
        <message>
            <source>&amp;Import Chat Data…</source>
            <translation>Chatdaten &amp;importieren…</translation>
        </message>
        <message>
            <source>ShareGPT, Alpaca, OpenAI chat, Hugging Face exports, prompt/completion, plain text or CSV/TSV, converted to Together's format after a preview (Ctrl+Shift+I).</source>
            <translation>ShareGPT, Alpaca, OpenAI-Chat, Hugging-Face-Exporte, Prompt/Completion, reiner Text oder CSV/TSV, nach einer Vorschau in Togethers Format umgewandelt (Strg+Umschalt+I).</translation>
        </message>
    </context>
    <context>
        <name>td::Zstd</name>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>%1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>the decompressed copy</source>
            <translation>die entpackte Kopie</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <source>%1 is not a valid zstd file: %2</source>
            <translation>%1 ist keine gültige zstd-Datei: %2</translation>
        </message>
        <message>
            <source>%1 ends in the middle of a zstd frame (truncated?)</source>
            <translation>%1 endet mitten in einem zstd-Frame (abgeschnitten?)</translation>
        </message>
        <message>
            <source>%1 expands to more than %2, but %3 has only %4 free (%5 are kept free). Free up space there, or decompress the file on a larger disk with `zstd -d` and open the .jsonl.</source>
            <translation>%1 entpackt sich zu mehr als %2, aber auf %3 sind nur %4 frei (%5 werden freigehalten). Schaffen Sie dort Platz oder entpacken Sie die Datei auf einem größeren Datenträger mit `zstd -d` und öffnen Sie die .jsonl.</translation>
        </message>
        <message>
            <source>the temporary folder</source>
            <translation>der temporäre Ordner</translation>
        </message>
        <message>
            <source>%1 expands to more than %2, the most TuneDesk opens.</source>
            <translation>%1 entpackt sich zu mehr als %2, dem Maximum, das TuneDesk öffnet.</translation>
        </message>
        <message>
            <source>Out of memory</source>
            <translation>Kein Speicher mehr</translation>
        </message>
        <message>
            <source>%1 was compressed with a window larger than 128 MiB (zstd --long); decompress it with `zstd -d` first.</source>
            <translation>%1 wurde mit einem Fenster über 128 MiB komprimiert (zstd --long); entpacken Sie sie zuerst mit `zstd -d`.</translation>
        </message>
        <message>
            <source>Cannot create a temporary file in %1</source>
            <translation>In %1 kann keine temporäre Datei angelegt werden</translation>
        </message>
        <message>
            <source>the temporary folder %1</source>
            <translation>der temporäre Ordner %1</translation>
        </message>
        <message>
            <source>%1 (decompressed)</source>
            <translation>%1 (entpackt)</translation>
        </message>
    </context>
</TS>
<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
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
            <source>Early stopping needs a validation file.</source>
            <translation>Early Stopping braucht eine Validierungsdatei.</translation>
        </message>
        <message>
            <source>Early stopping needs at least %1 evaluations (patience + warm-up evaluations + 1).</source>
            <translation>Early Stopping braucht mindestens %1 Evaluierungen (Geduld + Warm-up-Evaluierungen + 1).</translation>
        </message>
        <message>
            <source>train_on_inputs is only supported for SFT training</source>
            <translation>train_on_inputs gibt es nur für SFT-Training</translation>
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
            <source>Serverless LoRA inference: yes, at the base model's per-token price (%1 input, %2 output per million tokens).</source>
            <translation>Serverlose LoRA-Inferenz: ja, zum Tokenpreis des Basismodells (%1 Eingabe, %2 Ausgabe pro Million Tokens).</translation>
        </message>
        <message>
            <source>Serverless LoRA inference: yes, at the base model's per-token price.</source>
            <translation>Serverlose LoRA-Inferenz: ja, zum Tokenpreis des Basismodells.</translation>
        </message>
        <message>
            <source>Serverless LoRA inference is not available for %1: the fine-tune needs a dedicated endpoint, billed per minute while it runs (from %2 per hour on %3; larger models need more GPUs).</source>
            <translation>Serverlose LoRA-Inferenz gibt es für %1 nicht: Das Ergebnis braucht einen dedizierten Endpunkt, minutengenau abgerechnet, solange er läuft (ab %2 pro Stunde auf %3; größere Modelle brauchen mehr GPUs).</translation>
        </message>
        <message>
            <source>Serverless LoRA inference is not available for %1: the fine-tune needs a dedicated endpoint.</source>
            <translation>Serverlose LoRA-Inferenz gibt es für %1 nicht: Das Ergebnis braucht einen dedizierten Endpunkt.</translation>
        </message>
        <message>
            <source>Where the fine-tune can run depends on the base model of the checkpoint.</source>
            <translation>Wo das Ergebnis laufen kann, hängt vom Basismodell des Checkpoints ab.</translation>
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
    </context>
    <context>
        <name>TarExtractor</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>The archive is damaged (a header checksum is wrong).</source>
            <translation>Das Archiv ist beschädigt (eine Kopf-Prüfsumme stimmt nicht).</translation>
        </message>
        <message>
            <source>The archive names a file outside its folder: %1</source>
            <translation>Das Archiv nennt eine Datei außerhalb seines Ordners: %1</translation>
        </message>
        <message>
            <source>Cannot create the folder %1</source>
            <translation>Der Ordner %1 kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>Cannot create %1: %2</source>
            <translation>%1 kann nicht angelegt werden: %2</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>%1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>%1 is gzip-compressed; unpack it with tar -xzf.</source>
            <translation>%1 ist mit gzip komprimiert; entpacken Sie es mit tar -xzf.</translation>
        </message>
        <message>
            <source>Unpacking was cancelled.</source>
            <translation>Das Entpacken wurde abgebrochen.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>%1 is damaged: %2</source>
            <translation>%1 ist beschädigt: %2</translation>
        </message>
        <message>
            <source>%1 ends too early: the download may be incomplete.</source>
            <translation>%1 endet zu früh: Der Download ist wohl unvollständig.</translation>
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
            <source>Rate limited; try again in %1 s.</source>
            <translation>Ratenlimit erreicht; in %1 s erneut versuchen.</translation>
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
            <source>%1 ms to first token · %2 tokens/s · %3 tokens</source>
            <translation>%1 ms bis zum ersten Token · %2 Token/s · %3 Token</translation>
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
    </context>
    <context>
        <name>td::ChatCompletion</name>
        <message>
            <source>the connection dropped before the end of the answer (%1)</source>
            <translation>die Verbindung brach vor dem Ende der Antwort ab (%1)</translation>
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
    </context>
    <context>
        <name>td::ChatSession</name>
        <message>
            <source>Rate limited (429)</source>
            <translation>Ratenlimit erreicht (429)</translation>
        </message>
        <message>
            <source>The server answered %1</source>
            <translation>Der Server antwortete %1</translation>
        </message>
        <message>
            <source>%1; trying again in %2 s (attempt %3).</source>
            <translation>%1; neuer Versuch in %2 s (Versuch %3).</translation>
        </message>
        <message>
            <source>Stopped.</source>
            <translation>Angehalten.</translation>
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
            <source>%1 tokens/s</source>
            <translation>%1 Tokens/s</translation>
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
            <source>Edit and resend</source>
            <translation>Bearbeiten und neu senden</translation>
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
            <source>The answer is incomplete.</source>
            <translation>Die Antwort ist unvollständig.</translation>
        </message>
        <message>
            <source>Incomplete: %1</source>
            <translation>Unvollständig: %1</translation>
        </message>
    </context>
    <context>
        <name>td::ChecksPane</name>
        <message>
            <source>Check Now</source>
            <translation>Jetzt prüfen</translation>
        </message>
        <message>
            <source>Fix</source>
            <translation>Beheben</translation>
        </message>
        <message>
            <source>Fix All of This Kind</source>
            <translation>Alle dieser Art beheben</translation>
        </message>
        <message>
            <source>Only rows with problems</source>
            <translation>Nur Zeilen mit Problemen</translation>
        </message>
        <message>
            <source>Export Cleaned Copy…</source>
            <translation>Bereinigte Kopie exportieren…</translation>
        </message>
        <message>
            <source>Together client rules</source>
            <translation>Regeln des Together-Clients</translation>
        </message>
        <message>
            <source>Tool-aware rules</source>
            <translation>Regeln mit Tool-Unterstützung</translation>
        </message>
        <message>
            <source>Client rules: what `together files check` enforces. Tool-aware rules: the newer checks that allow the tool role, tool_calls and a tools column.</source>
            <translation>Client-Regeln: was `together files check` verlangt. Regeln mit Tool-Unterstützung: die neueren Prüfungen, die die Rolle tool, tool_calls und eine Spalte tools erlauben.</translation>
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
            <source>✔ Together's checker would accept this file.</source>
            <translation>✔ Die Prüfung von Together würde diese Datei annehmen.</translation>
        </message>
        <message>
            <source>✘ Together's checker would reject this file: %1</source>
            <translation>✘ Die Prüfung von Together würde diese Datei ablehnen: %1</translation>
        </message>
        <message numerus="yes">
            <source>Fix All of This Kind (%n)</source>
            <translation>
                <numerusform>Alle dieser Art beheben (%n)</numerusform>
                <numerusform>Alle dieser Art beheben (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Fix %1 in row %2</source>
            <translation>%1 in Zeile %2 beheben</translation>
        </message>
        <message numerus="yes">
            <source>Fix %n %1 problem(s)</source>
            <translation>
                <numerusform>%n %1-Problem beheben</numerusform>
                <numerusform>%n %1-Probleme beheben</numerusform>
            </translation>
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
    </context>
    <context>
        <name>td::ConnectionProfiles</name>
        <message>
            <source>There is no connection named %1.</source>
            <translation>Es gibt keine Verbindung namens %1.</translation>
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
            <source>&amp;Kind:</source>
            <translation>&amp;Art:</translation>
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
            <source>The key could not be stored: %1</source>
            <translation>Der Schlüssel konnte nicht gespeichert werden: %1</translation>
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
            <source>Incomplete: %1</source>
            <translation>Unvollständig: %1</translation>
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
    </context>
    <context>
        <name>td::DatasetDocument</name>
        <message>
            <source>Cannot create a temporary file to decompress %1</source>
            <translation>Für das Entpacken von %1 kann keine temporäre Datei angelegt werden</translation>
        </message>
        <message>
            <source>Decompressing</source>
            <translation>Entpacken</translation>
        </message>
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
            <source>%1 was rewritten by another program while it was open, so the rows shown may no longer be the ones opened. Reload it before saving.</source>
            <translation>%1 wurde von einem anderen Programm überschrieben, während es geöffnet war; die angezeigten Zeilen sind womöglich nicht mehr die geöffneten. Laden Sie die Datei vor dem Speichern neu.</translation>
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
    </context>
    <context>
        <name>td::DatasetWriter</name>
        <message>
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <source>Cannot save %1: cannot create a temporary file in %2</source>
            <translation>%1 kann nicht gespeichert werden: in %2 kann keine temporäre Datei angelegt werden</translation>
        </message>
        <message>
            <source>Cannot save %1: %2. The original file was not changed.</source>
            <translation>%1 kann nicht gespeichert werden: %2. Die ursprüngliche Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <source>Cannot save %1</source>
            <translation>%1 kann nicht gespeichert werden</translation>
        </message>
        <message>
            <source>Cannot replace %1</source>
            <translation>%1 kann nicht ersetzt werden</translation>
        </message>
        <message>
            <source>The file was shortened by another program while it was open; reopen it before saving or exporting.</source>
            <translation>Die Datei wurde von einem anderen Programm gekürzt, während sie offen war; öffnen Sie sie erneut, bevor Sie speichern oder exportieren.</translation>
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
            <translation>&amp;Aktualisieren</translation>
        </message>
        <message>
            <source>Chat with this endpoint (it must be running)</source>
            <translation>Mit diesem Endpunkt chatten (er muss laufen)</translation>
        </message>
        <message>
            <source>Stop it: a stopped endpoint costs nothing and can be started again</source>
            <translation>Stoppen: ein gestoppter Endpunkt kostet nichts und lässt sich wieder starten</translation>
        </message>
        <message>
            <source>No dedicated endpoints. Serverless models and LoRA fine-tunes need none; a full fine-tune or a model without serverless inference does.</source>
            <translation>Keine dedizierten Endpunkte. Serverlose Modelle und LoRA-Feinabstimmungen brauchen keinen; eine vollständige Feinabstimmung oder ein Modell ohne serverlose Inferenz schon.</translation>
        </message>
        <message numerus="yes">
            <source>%n dedicated endpoint(s).</source>
            <translation>
                <numerusform>%n dedizierter Endpunkt.</numerusform>
                <numerusform>%n dedizierte Endpunkte.</numerusform>
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
            <source>Connecting…</source>
            <translation>Verbinde …</translation>
        </message>
        <message>
            <source>Not connected: %1</source>
            <translation>Nicht verbunden: %1</translation>
        </message>
        <message>
            <source>Loading endpoints…</source>
            <translation>Endpunkte werden geladen…</translation>
        </message>
        <message>
            <source>Nothing running.</source>
            <translation>Nichts läuft.</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n running: $%1/h&lt;/b&gt; · about $%2 since they started</source>
            <translation>
                <numerusform>&lt;b&gt;%n läuft: %1 $/h&lt;/b&gt; · etwa %2 $ seit dem Start</numerusform>
                <numerusform>&lt;b&gt;%n laufen: %1 $/h&lt;/b&gt; · etwa %2 $ seit dem Start</numerusform>
            </translation>
        </message>
        <message>
            <source>Stop Endpoint</source>
            <translation>Endpunkt stoppen</translation>
        </message>
        <message>
            <source>Stop %1? Requests to it fail until it is started again (which takes minutes).</source>
            <translation>%1 stoppen? Anfragen schlagen fehl, bis er wieder gestartet ist (das dauert Minuten).</translation>
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
    </context>
    <context>
        <name>td::Error</name>
        <message>
            <source>the disk is full</source>
            <translation>der Datenträger ist voll</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>keine Berechtigung</translation>
        </message>
        <message>
            <source>the file or folder does not exist</source>
            <translation>die Datei oder der Ordner existiert nicht</translation>
        </message>
    </context>
    <context>
        <name>td::Export</name>
        <message>
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
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
    </context>
    <context>
        <name>td::FineTuneForm</name>
        <message>
            <source>The id of the uploaded training file (file-…).</source>
            <translation>Die ID der hochgeladenen Trainingsdatei (file-…).</translation>
        </message>
        <message>
            <source>The id of an uploaded validation file; needed for evaluations.</source>
            <translation>Die ID einer hochgeladenen Validierungsdatei; nötig für Evaluierungen.</translation>
        </message>
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
            <source>Smallest improvement that counts.</source>
            <translation>Kleinste Verbesserung, die zählt.</translation>
        </message>
        <message>
            <source>Evaluations without improvement before stopping.</source>
            <translation>Evaluierungen ohne Verbesserung bis zum Abbruch.</translation>
        </message>
        <message>
            <source>Evaluations before early stopping may act.</source>
            <translation>Evaluierungen, bevor Early Stopping greifen darf.</translation>
        </message>
        <message>
            <source>Data and model</source>
            <translation>Daten und Modell</translation>
        </message>
        <message>
            <source>&amp;Training file:</source>
            <translation>&amp;Trainingsdatei:</translation>
        </message>
        <message>
            <source>&amp;Validation file:</source>
            <translation>&amp;Validierungsdatei:</translation>
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
            <source>E&amp;valuations:</source>
            <translation>E&amp;valuierungen:</translation>
        </message>
        <message>
            <source>&amp;Batch size:</source>
            <translation>&amp;Batchgröße:</translation>
        </message>
        <message>
            <source>&amp;Learning rate:</source>
            <translation>&amp;Lernrate:</translation>
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
            <source>Trainable &amp;modules:</source>
            <translation>Trainierbare &amp;Module:</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <source>Me&amp;thod:</source>
            <translation>Me&amp;thode:</translation>
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
            <source>Download &amp;Checkpoint…</source>
            <translation>&amp;Checkpoint herunterladen …</translation>
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
            <source>$%1</source>
            <translation>$%1</translation>
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
            <source>Deploy on &amp;Endpoint…</source>
            <translation>Auf &amp;Endpunkt bereitstellen…</translation>
        </message>
        <message>
            <source>Create a dedicated endpoint for this model (a full fine-tune needs one to answer)</source>
            <translation>Einen dedizierten Endpunkt für dieses Modell anlegen (eine vollständige Feinabstimmung braucht einen, um zu antworten)</translation>
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
            <translation>&amp;Aktualisieren</translation>
        </message>
        <message>
            <source>No fine-tuning jobs yet.</source>
            <translation>Noch keine Fine-Tuning-Jobs.</translation>
        </message>
        <message numerus="yes">
            <source>%n job(s)</source>
            <translation>
                <numerusform>%n Job</numerusform>
                <numerusform>%n Jobs</numerusform>
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
            <source>Connecting…</source>
            <translation>Verbinde …</translation>
        </message>
        <message>
            <source>Not connected: %1</source>
            <translation>Nicht verbunden: %1</translation>
        </message>
        <message>
            <source>Loading jobs…</source>
            <translation>Jobs werden geladen …</translation>
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
            <source>The archive could not be unpacked: %1</source>
            <translation>Das Archiv ließ sich nicht entpacken: %1</translation>
        </message>
        <message>
            <source>&amp;New Fine-Tune…</source>
            <translation>&amp;Neues Fine-Tuning …</translation>
        </message>
        <message>
            <source>&amp;Files…</source>
            <translation>&amp;Dateien …</translation>
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
            <source>Together client rules</source>
            <translation>Regeln des Together-Clients</translation>
        </message>
        <message>
            <source>Tool-aware rules</source>
            <translation>Regeln mit Tool-Unterstützung</translation>
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
            <translation>S&amp;chließen</translation>
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
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n Zeile</numerusform>
                <numerusform>%n Zeilen</numerusform>
            </translation>
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
            <source>%1 is not a regular file</source>
            <translation>%1 ist keine reguläre Datei</translation>
        </message>
        <message>
            <source>Cannot map %1</source>
            <translation>%1 kann nicht in den Speicher eingeblendet werden</translation>
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
            <source>&lt;b&gt;$%1 per hour&lt;/b&gt; while running (%2 replica(s) at $%3/h)</source>
            <translation>&lt;b&gt;%1 $ pro Stunde&lt;/b&gt; im Betrieb (%2 Replikat(e) zu je %3 $/h)</translation>
        </message>
        <message>
            <source>, up to $%1/h when scaled to %2.</source>
            <translation>, bis zu %1 $/h bei %2 Replikaten.</translation>
        </message>
        <message>
            <source>This hardware is %1 right now; creating may fail.</source>
            <translation>Diese Hardware ist gerade %1; das Anlegen kann fehlschlagen.</translation>
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
            <source>Local file to upload (or a file id in the form)</source>
            <translation>Lokale Datei zum Hochladen (oder eine Datei-ID im Formular)</translation>
        </message>
        <message>
            <source>Optional local validation file</source>
            <translation>Optionale lokale Validierungsdatei</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Auswählen …</translation>
        </message>
        <message>
            <source>Data to upload</source>
            <translation>Hochzuladende Daten</translation>
        </message>
        <message>
            <source>Training data:</source>
            <translation>Trainingsdaten:</translation>
        </message>
        <message>
            <source>Validation data:</source>
            <translation>Validierungsdaten:</translation>
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
            <source>Training Data</source>
            <translation>Trainingsdaten</translation>
        </message>
        <message>
            <source>Datasets (*.jsonl *.parquet *.csv)</source>
            <translation>Datensätze (*.jsonl *.parquet *.csv)</translation>
        </message>
        <message>
            <source>Validation Data</source>
            <translation>Validierungsdaten</translation>
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
            <source>%1 could not be written.</source>
            <translation>%1 konnte nicht geschrieben werden.</translation>
        </message>
        <message>
            <source>Load Recipe</source>
            <translation>Rezept laden</translation>
        </message>
        <message>
            <source>%1 is not a TuneDesk recipe.</source>
            <translation>%1 ist kein TuneDesk-Rezept.</translation>
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
            <source>Uploading %1…</source>
            <translation>%1 wird hochgeladen …</translation>
        </message>
        <message>
            <source>Upload failed: %1</source>
            <translation>Hochladen fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>Creating the fine-tune…</source>
            <translation>Fine-Tuning wird angelegt …</translation>
        </message>
        <message>
            <source>The fine-tune was not created: %1</source>
            <translation>Das Fine-Tuning wurde nicht angelegt: %1</translation>
        </message>
        <message>
            <source>Created %1.</source>
            <translation>%1 angelegt.</translation>
        </message>
        <message>
            <source>%1 was uploaded before as %2 and has not changed; clear the training file field to upload it again.</source>
            <translation>%1 wurde schon als %2 hochgeladen und ist unverändert; leeren Sie das Feld Trainingsdatei, um sie erneut hochzuladen.</translation>
        </message>
        <message>
            <source>Uploading %1: %2 of %3 at %4/s</source>
            <translation>%1 wird hochgeladen: %2 von %3 mit %4/s</translation>
        </message>
    </context>
    <context>
        <name>td::PlaygroundPane</name>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Senden</translation>
        </message>
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
            <translation>&amp;Präferenzzeile erstellen…</translation>
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
            <translation>Zum &amp;Datensatz hinzufügen</translation>
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
            <source>&amp;Export…</source>
            <translation>&amp;Exportieren…</translation>
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
            <source>%1: %2</source>
            <translation>%1: %2</translation>
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
        <message numerus="yes">
            <source>Added %n preference row(s) to the dataset.</source>
            <translation>
                <numerusform>%n Präferenzzeile zum Datensatz hinzugefügt.</numerusform>
                <numerusform>%n Präferenzzeilen zum Datensatz hinzugefügt.</numerusform>
            </translation>
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
            <translation>&amp;Aktualisieren</translation>
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
            <translation>Vervollständigung</translation>
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
        <name>td::TextFieldBlock</name>
        <message>
            <source>Not plain text (e.g. multimodal content): edit it in the raw JSON editor</source>
            <translation>Kein reiner Text (z. B. multimodaler Inhalt): im JSON-Editor bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>td::TogetherClient</name>
        <message>
            <source>The server's answer could not be read: %1</source>
            <translation>Die Antwort des Servers ist nicht lesbar: %1</translation>
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
            <source>

Your unsaved edits will be lost.</source>
            <translation>

Ihre ungespeicherten Änderungen gehen verloren.</translation>
        </message>
        <message>
            <source>%1 was changed by another program. Reload it and lose your unsaved edits, or keep your version (saving will then ask before overwriting)?</source>
            <translation>%1 wurde von einem anderen Programm geändert. Neu laden und die ungespeicherten Änderungen verwerfen, oder Ihre Fassung behalten (beim Speichern wird dann vor dem Überschreiben gefragt)?</translation>
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
    </context>
</TS>
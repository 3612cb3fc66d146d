<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>ActorPanel</name>
        <message>
            <source>Actor panel</source>
            <translation>Panel del actor</translation>
        </message>
        <message>
            <source>Remove this actor</source>
            <translation>Eliminar este actor</translation>
        </message>
        <message>
            <source>Restore this actor</source>
            <translation>Restaurar este actor</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Fuentes</translation>
        </message>
        <message>
            <source>← Back to the stage</source>
            <translation>← Volver a la etapa</translation>
        </message>
    </context>
    <context>
        <name>CapacityRow</name>
        <message>
            <source>Capacity of</source>
            <translation>Capacidad de</translation>
        </message>
        <message>
            <source>at</source>
            <translation>al</translation>
        </message>
        <message>
            <source>in</source>
            <translation>en</translation>
        </message>
    </context>
    <context>
        <name>ComparePage</name>
        <message>
            <source>Actors
removed</source>
            <translation>Actores
eliminados</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
    </context>
    <context>
        <name>Exports</name>
        <message>
            <source>Export handout</source>
            <translation>Exportar hoja de resumen</translation>
        </message>
        <message>
            <source>Export picture</source>
            <translation>Exportar imagen</translation>
        </message>
        <message>
            <source>Handout saved to {file}.</source>
            <translation>Hoja de resumen guardada en {file}.</translation>
        </message>
        <message>
            <source>Handout sent to the printer.</source>
            <translation>Hoja de resumen enviada a la impresora.</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
            <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
        </message>
        <message>
            <source>Picture saved to {file}.</source>
            <translation>Imagen guardada en {file}.</translation>
        </message>
        <message>
            <source>Print handout</source>
            <translation>Imprimir hoja de resumen</translation>
        </message>
        <message>
            <source>The handout could not be saved</source>
            <translation>No se pudo guardar la hoja de resumen</translation>
        </message>
        <message>
            <source>The picture could not be saved</source>
            <translation>No se pudo guardar la imagen</translation>
        </message>
        <message>
            <source>{scenario} · {stage} · illustrative model · {app}</source>
            <translation>{scenario} · {stage} · modelo ilustrativo · {app}</translation>
        </message>
    </context>
    <context>
        <name>ImpactChart</name>
        <message>
            <source>% of baseline</source>
            <translation>% de la línea base</translation>
        </message>
        <message>
            <source>Months after the change</source>
            <translation>Meses después del cambio</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>línea base</translation>
        </message>
        <message>
            <source>price index</source>
            <translation>índice de precios</translation>
        </message>
    </context>
    <context>
        <name>ImpactStrip</name>
        <message>
            <source>Loading the chart…</source>
            <translation>Cargando la gráfica…</translation>
        </message>
        <message>
            <source>Month after the change</source>
            <translation>Mes después del cambio</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>Mes siguiente</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <source>Pause the months</source>
            <translation>Pausar los meses</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Reproducir</translation>
        </message>
        <message>
            <source>Play the months after the change</source>
            <translation>Reproducir los meses después del cambio</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>Mes anterior</translation>
        </message>
        <message>
            <source>The chart is unavailable ({error}).</source>
            <translation>La gráfica no está disponible ({error}).</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>Language</source>
            <translation>Idioma / Language</translation>
        </message>
        <message>
            <source>Show the explorer in {language}</source>
            <translation>Mostrar el explorador en {language}</translation>
        </message>
    </context>
    <context>
        <name>LegendDialog</name>
        <message>
            <source>How to read the network</source>
            <translation>Cómo leer la red</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>Leyenda</translation>
        </message>
    </context>
    <context>
        <name>LinkDialog</name>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copiada</translation>
        </message>
        <message>
            <source>Copy address</source>
            <translation>Copiar dirección</translation>
        </message>
        <message>
            <source>Copy the address to open it elsewhere:</source>
            <translation>Copia la dirección para abrirla en otro lugar:</translation>
        </message>
        <message>
            <source>The link could not be opened</source>
            <translation>No se pudo abrir el enlace</translation>
        </message>
        <message>
            <source>This computer could not open the link in a web browser (there may be none, or no network).</source>
            <translation>Esta computadora no pudo abrir el enlace en un navegador web (puede que no haya navegador o conexión a la red).</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>About {app}</source>
            <translation>Acerca de {app}</translation>
        </message>
        <message>
            <source>Glossary</source>
            <translation>Glosario</translation>
        </message>
        <message>
            <source>Illustrative model · information to {date}</source>
            <translation>Modelo ilustrativo · información hasta {date}</translation>
        </message>
        <message>
            <source>Keyboard</source>
            <translation>Teclado</translation>
        </message>
        <message>
            <source>My predictions</source>
            <translation>Mis predicciones</translation>
        </message>
        <message>
            <source>Opened {file}.</source>
            <translation>Se abrió {file}.</translation>
        </message>
        <message>
            <source>The model could not run {file}; the current scenario stays open.</source>
            <translation>El modelo no pudo ejecutar {file}; el escenario actual sigue abierto.</translation>
        </message>
        <message>
            <source>This scenario could not be opened</source>
            <translation>No se pudo abrir este escenario</translation>
        </message>
        <message>
            <source>{file} has problems; the current scenario stays open.</source>
            <translation>{file} tiene problemas; el escenario actual sigue abierto.</translation>
        </message>
    </context>
    <context>
        <name>NetworkPage</name>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Plan shown on the network</source>
            <translation>Plan que se muestra en la red</translation>
        </message>
    </context>
    <context>
        <name>NetworkView</name>
        <message>
            <source>Supply network</source>
            <translation>Red de suministro</translation>
        </message>
    </context>
    <context>
        <name>PerspectivesDialog</name>
        <message>
            <source>{stage}: {views}</source>
            <translation>{stage}: {views}</translation>
        </message>
    </context>
    <context>
        <name>PictureDialog</name>
        <message>
            <source>Export picture</source>
            <translation>Exportar imagen</translation>
        </message>
        <message>
            <source>Picture of</source>
            <translation>Imagen de</translation>
        </message>
        <message>
            <source>Print (300 dots per inch)</source>
            <translation>Impresión (300 puntos por pulgada)</translation>
        </message>
        <message>
            <source>Projector or slides (1920 × 1080 pixels)</source>
            <translation>Proyector o diapositivas (1920 × 1080 píxeles)</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Guardar…</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>The chart</source>
            <translation>La gráfica</translation>
        </message>
        <message>
            <source>The network</source>
            <translation>La red</translation>
        </message>
    </context>
    <context>
        <name>PlanCard</name>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
    </context>
    <context>
        <name>PlanChanges</name>
        <message>
            <source>Nothing was changed.</source>
            <translation>No se cambió nada.</translation>
        </message>
        <message>
            <source>The model could not run this change</source>
            <translation>El modelo no pudo ejecutar este cambio</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>A name the class will recognise</source>
            <translation>Un nombre que la clase reconozca</translation>
        </message>
        <message>
            <source>Add a capacity change</source>
            <translation>Agregar un cambio de capacidad</translation>
        </message>
        <message>
            <source>Add a route cost</source>
            <translation>Agregar un costo de ruta</translation>
        </message>
        <message>
            <source>Apply any of the scenario's policies:</source>
            <translation>Aplica cualquiera de las políticas del escenario:</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Capacidad</translation>
        </message>
        <message>
            <source>Choose a kind or a region (or both) in every capacity change.</source>
            <translation>Elige un tipo o una región (o ambos) en cada cambio de capacidad.</translation>
        </message>
        <message>
            <source>Demand</source>
            <translation>Demanda</translation>
        </message>
        <message>
            <source>Demand at</source>
            <translation>Demanda al</translation>
        </message>
        <message>
            <source>Make the routes between kinds and/or regions cost more (risk, enforcement):</source>
            <translation>Encarece las rutas entre tipos o regiones (riesgo, control policial):</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Policies</source>
            <translation>Políticas</translation>
        </message>
        <message>
            <source>Remove actors</source>
            <translation>Eliminar actores</translation>
        </message>
        <message>
            <source>Remove these actors:</source>
            <translation>Eliminar estos actores:</translation>
        </message>
        <message>
            <source>Route costs</source>
            <translation>Costos de ruta</translation>
        </message>
        <message>
            <source>Scale how much is bought:</source>
            <translation>Ajusta cuánto se compra:</translation>
        </message>
        <message>
            <source>Scale the capacity of every actor of a kind and/or in a region:</source>
            <translation>Ajusta la capacidad de todos los actores de un tipo o de una región:</translation>
        </message>
        <message>
            <source>any kind</source>
            <translation>cualquier tipo</translation>
        </message>
        <message>
            <source>anywhere</source>
            <translation>cualquier lugar</translation>
        </message>
        <message>
            <source>of today's (treatment and prevention lower it)</source>
            <translation>de la actual (el tratamiento y la prevención la reducen)</translation>
        </message>
    </context>
    <context>
        <name>PlanList</name>
        <message>
            <source>+ Add a plan</source>
            <translation>+ Agregar un plan</translation>
        </message>
        <message>
            <source>At most four plans, so the charts stay readable</source>
            <translation>Cuatro planes como máximo, para que las gráficas se puedan leer</translation>
        </message>
    </context>
    <context>
        <name>PolicyLab</name>
        <message>
            <source>Back to the explorer</source>
            <translation>Volver al explorador</translation>
        </message>
        <message>
            <source>CSV tables (*.csv)</source>
            <translation>Tablas CSV (*.csv)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Compare the plans</source>
            <translation>Comparar los planes</translation>
        </message>
        <message>
            <source>Could not save: {why}</source>
            <translation>No se pudo guardar: {why}</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Imágenes PNG (*.png)</translation>
        </message>
        <message>
            <source>Plan {number}</source>
            <translation>Plan {number}</translation>
        </message>
        <message>
            <source>Plans</source>
            <translation>Planes</translation>
        </message>
        <message>
            <source>Policy lab</source>
            <translation>Laboratorio de políticas</translation>
        </message>
        <message>
            <source>Policy lab — {title}</source>
            <translation>Laboratorio de políticas — {title}</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Ejecutar</translation>
        </message>
        <message>
            <source>Runs per plan</source>
            <translation>Corridas por plan</translation>
        </message>
        <message>
            <source>Runs per plan (seeds)</source>
            <translation>Corridas por plan (semillas)</translation>
        </message>
        <message>
            <source>Save the charts</source>
            <translation>Guardar las gráficas</translation>
        </message>
        <message>
            <source>Save the charts (PNG)…</source>
            <translation>Guardar las gráficas (PNG)…</translation>
        </message>
        <message>
            <source>Save the table</source>
            <translation>Guardar la tabla</translation>
        </message>
        <message>
            <source>Save the table (CSV)…</source>
            <translation>Guardar la tabla (CSV)…</translation>
        </message>
        <message>
            <source>The network of a plan</source>
            <translation>La red de un plan</translation>
        </message>
        <message>
            <source>Up to four plans on the same runs, side by side · illustrative model</source>
            <translation>Hasta cuatro planes con las mismas corridas, lado a lado · modelo ilustrativo</translation>
        </message>
        <message>
            <source>Which actor matters most?</source>
            <translation>¿Qué actor importa más?</translation>
        </message>
    </context>
    <context>
        <name>PredictionPanel</name>
        <message>
            <source>And after {months} months?</source>
            <translation>¿Y después de {months} meses?</translation>
        </message>
        <message>
            <source>Before you see it</source>
            <translation>Antes de verlo</translation>
        </message>
        <message>
            <source>Cancel the change</source>
            <translation>Cancelar el cambio</translation>
        </message>
        <message>
            <source>How much of the supply will still reach {destination} right after?</source>
            <translation>¿Cuánto del suministro seguirá llegando a {destination} justo después?</translation>
        </message>
        <message>
            <source>Keep my answer and go on</source>
            <translation>Guardar mi respuesta y seguir</translation>
        </message>
        <message>
            <source>No guess</source>
            <translation>Sin respuesta</translation>
        </message>
        <message>
            <source>Now watch</source>
            <translation>Ahora observa</translation>
        </message>
        <message>
            <source>Share of the supply after the months</source>
            <translation>Proporción del suministro después de los meses</translation>
        </message>
        <message>
            <source>Share of the supply right after</source>
            <translation>Proporción del suministro justo después</translation>
        </message>
        <message>
            <source>Show me</source>
            <translation>Muéstramelo</translation>
        </message>
        <message>
            <source>Skip: just show it</source>
            <translation>Omitir: solo muéstralo</translation>
        </message>
        <message>
            <source>The change is made. Watch the network and the chart as the months play.</source>
            <translation>El cambio está hecho. Observa la red y la gráfica mientras pasan los meses.</translation>
        </message>
        <message>
            <source>Which actor will carry most of the diverted flow? Click it on the network (optional).</source>
            <translation>¿Qué actor llevará la mayor parte del flujo desviado? Haz clic en él en la red (opcional).</translation>
        </message>
        <message>
            <source>Why do you think it came out this way? (optional, one line)</source>
            <translation>¿Por qué crees que resultó así? (opcional, una línea)</translation>
        </message>
        <message>
            <source>Why, in one line</source>
            <translation>Por qué, en una línea</translation>
        </message>
        <message>
            <source>You and the model</source>
            <translation>Tú y el modelo</translation>
        </message>
        <message>
            <source>Your guess: none yet</source>
            <translation>Tu estimación: ninguna todavía</translation>
        </message>
        <message>
            <source>Your prediction</source>
            <translation>Tu predicción</translation>
        </message>
    </context>
    <context>
        <name>Presenting</name>
        <message>
            <source>Back to the window (Escape or F5)</source>
            <translation>Volver a la ventana (Escape o F5)</translation>
        </message>
        <message>
            <source>Colours</source>
            <translation>Colores</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>Full screen, large text, projector colours</source>
            <translation>Pantalla completa, texto grande, colores para proyector</translation>
        </message>
        <message>
            <source>Leave presentation</source>
            <translation>Salir de la presentación</translation>
        </message>
        <message>
            <source>Presentation mode</source>
            <translation>Modo presentación</translation>
        </message>
        <message>
            <source>Projector (high contrast)</source>
            <translation>Proyector (alto contraste)</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Estándar</translation>
        </message>
        <message>
            <source>Teacher's notes window</source>
            <translation>Ventana de notas para docentes</translation>
        </message>
        <message>
            <source>The current stage's teacher notes in a window of their own</source>
            <translation>Las notas para docentes de la etapa actual en una ventana aparte</translation>
        </message>
        <message>
            <source>{tip} ({keys})</source>
            <translation>{tip} ({keys})</translation>
        </message>
    </context>
    <context>
        <name>QuizCard</name>
        <message>
            <source>*Use the model:* {activity}</source>
            <translation>*Usa el modelo:* {activity}</translation>
        </message>
        <message>
            <source>Question {number}</source>
            <translation>Pregunta {number}</translation>
        </message>
    </context>
    <context>
        <name>RouteCostRow</name>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>costs</source>
            <translation>cuestan</translation>
        </message>
        <message>
            <source>in</source>
            <translation>en</translation>
        </message>
        <message>
            <source>more a unit</source>
            <translation>más por unidad</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
    </context>
    <context>
        <name>ScenarioDialog</name>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Open file…</source>
            <translation>Abrir archivo…</translation>
        </message>
        <message>
            <source>Open scenario</source>
            <translation>Abrir escenario</translation>
        </message>
        <message>
            <source>Scenario files (*.yaml *.yml);;All files (*)</source>
            <translation>Archivos de escenario (*.yaml *.yml);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Scenarios that come with the app</source>
            <translation>Escenarios incluidos en la aplicación</translation>
        </message>
        <message>
            <source>{title} ({language})
{description}</source>
            <translation>{title} ({language})
{description}</translation>
        </message>
    </context>
    <context>
        <name>SessionFiles</name>
        <message>
            <source>Another scenario</source>
            <translation>Otro escenario</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <source>Continue where you left off?</source>
            <translation>¿Continuar donde te quedaste?</translation>
        </message>
        <message>
            <source>Continue where you left off?

{what}
Saved on {when}.</source>
            <translation>¿Continuar donde te quedaste?

{what}
Guardado el {when}.</translation>
        </message>
        <message>
            <source>It belongs to another scenario, “{other}”, whose file is not at hand ({where}).</source>
            <translation>Pertenece a otro escenario, «{other}», cuyo archivo no está disponible ({where}).</translation>
        </message>
        <message>
            <source>Open session</source>
            <translation>Abrir sesión</translation>
        </message>
        <message>
            <source>Open that scenario with File &gt; Open scenario, then the session.</source>
            <translation>Abre ese escenario con Archivo &gt; Abrir escenario y después la sesión.</translation>
        </message>
        <message>
            <source>Opened {file}, saved with another version of this scenario.</source>
            <translation>Se abrió {file}, guardado con otra versión de este escenario.</translation>
        </message>
        <message>
            <source>Opened {file}.</source>
            <translation>Se abrió {file}.</translation>
        </message>
        <message>
            <source>Save session</source>
            <translation>Guardar sesión</translation>
        </message>
        <message>
            <source>Session saved to {file}.</source>
            <translation>Sesión guardada en {file}.</translation>
        </message>
        <message>
            <source>Start afresh</source>
            <translation>Empezar de nuevo</translation>
        </message>
        <message>
            <source>Start afresh keeps the earlier session as a file you can open with File &gt; Open session…</source>
            <translation>Empezar de nuevo conserva la sesión anterior como un archivo que puedes abrir con Archivo &gt; Abrir sesión…</translation>
        </message>
        <message>
            <source>The session could not be saved</source>
            <translation>No se pudo guardar la sesión</translation>
        </message>
        <message>
            <source>This session belongs to “{other}” ({file}). Open that scenario and the session?</source>
            <translation>Esta sesión pertenece a «{other}» ({file}). ¿Abrir ese escenario y la sesión?</translation>
        </message>
        <message>
            <source>This session could not be opened</source>
            <translation>No se pudo abrir esta sesión</translation>
        </message>
        <message>
            <source>Welcome back: your session is as you left it.</source>
            <translation>Bienvenido de nuevo: tu sesión está como la dejaste.</translation>
        </message>
        <message>
            <source>Your work cannot be saved automatically here: {reason}</source>
            <translation>Aquí tu trabajo no se puede guardar automáticamente: {reason}</translation>
        </message>
        <message>
            <source>in “{scenario}”</source>
            <translation>en «{scenario}»</translation>
        </message>
        <message>
            <source>not named</source>
            <translation>sin nombre</translation>
        </message>
    </context>
    <context>
        <name>StageColumn</name>
        <message>
            <source>Stages</source>
            <translation>Etapas</translation>
        </message>
        <message>
            <source>Stages of the tour</source>
            <translation>Etapas del recorrido</translation>
        </message>
        <message>
            <source>Tour progress</source>
            <translation>Avance del recorrido</translation>
        </message>
    </context>
    <context>
        <name>StagePanel</name>
        <message>
            <source>**What people often think:** {claim}</source>
            <translation>**Lo que mucha gente cree:** {claim}</translation>
        </message>
        <message>
            <source>**What the evidence says:** {evidence}</source>
            <translation>**Lo que dice la evidencia:** {evidence}</translation>
        </message>
        <message>
            <source>A common misconception</source>
            <translation>Una idea equivocada frecuente</translation>
        </message>
        <message>
            <source>Check your understanding</source>
            <translation>Comprueba lo que entendiste</translation>
        </message>
        <message>
            <source>Compare plans side by side in the policy lab</source>
            <translation>Compara planes lado a lado en el laboratorio de políticas</translation>
        </message>
        <message>
            <source>Each one changes the model; Undo takes it back.</source>
            <translation>Cada una cambia el modelo; Deshacer lo revierte.</translation>
        </message>
        <message>
            <source>Key facts</source>
            <translation>Datos clave</translation>
        </message>
        <message>
            <source>Show them in columns, side by side</source>
            <translation>Mostrarlas en columnas, lado a lado</translation>
        </message>
        <message>
            <source>Stage panel</source>
            <translation>Panel de la etapa</translation>
        </message>
        <message>
            <source>Teacher notes</source>
            <translation>Notas para docentes</translation>
        </message>
        <message>
            <source>Try a policy</source>
            <translation>Prueba una política</translation>
        </message>
        <message>
            <source>What the model cannot show</source>
            <translation>Lo que el modelo no puede mostrar</translation>
        </message>
    </context>
    <context>
        <name>StartupWindow</name>
        <message>
            <source>Opening the scenario…</source>
            <translation>Abriendo el escenario…</translation>
        </message>
        <message>
            <source>The explorer cannot start without a scenario.</source>
            <translation>El explorador no puede iniciar sin un escenario.</translation>
        </message>
        <message>
            <source>The scenario could not be opened</source>
            <translation>No se pudo abrir el escenario</translation>
        </message>
        <message>
            <source>{file} has problems, so the bundled scenario opens instead.</source>
            <translation>{file} tiene problemas, así que se abre el escenario incluido.</translation>
        </message>
    </context>
    <context>
        <name>TeacherNotesWindow</name>
        <message>
            <source>Teacher's notes</source>
            <translation>Notas para docentes</translation>
        </message>
    </context>
    <context>
        <name>WindowAccess</name>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>Data table</source>
            <translation>Tabla de datos</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Red</translation>
        </message>
        <message>
            <source>Next stage</source>
            <translation>Etapa siguiente</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Siguiente ▶</translation>
        </message>
        <message>
            <source>Previous stage</source>
            <translation>Etapa anterior</translation>
        </message>
        <message>
            <source>Side panel</source>
            <translation>Panel lateral</translation>
        </message>
        <message>
            <source>The chart's numbers as a table a screen reader can read</source>
            <translation>Los números de la gráfica como una tabla que un lector de pantalla puede leer</translation>
        </message>
        <message>
            <source>Tour</source>
            <translation>Recorrido</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Qué pasó</translation>
        </message>
        <message>
            <source>What happened, in words</source>
            <translation>Qué pasó, en palabras</translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Anterior</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <source>&amp;Policies</source>
            <translation>&amp;Políticas</translation>
        </message>
        <message>
            <source>&amp;Tour</source>
            <translation>&amp;Recorrido</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>A PDF of what you saw and did: stages, plan, chart, predictions, quiz, sources</source>
            <translation>Un PDF de lo que viste e hiciste: etapas, plan, gráfica, predicciones, cuestionario, fuentes</translation>
        </message>
        <message>
            <source>A+</source>
            <translation>A+</translation>
        </message>
        <message>
            <source>A+ Larger text</source>
            <translation>A+ Texto más grande</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>Acerca de {app}</translation>
        </message>
        <message>
            <source>A−</source>
            <translation>A−</translation>
        </message>
        <message>
            <source>A− Smaller text</source>
            <translation>A− Texto más pequeño</translation>
        </message>
        <message>
            <source>Back to the stage</source>
            <translation>Volver a la etapa</translation>
        </message>
        <message>
            <source>Bring back every actor: the baseline</source>
            <translation>Traer de vuelta a todos los actores: la línea base</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Cambios</translation>
        </message>
        <message>
            <source>Clear selection</source>
            <translation>Quitar la selección</translation>
        </message>
        <message>
            <source>Compare up to four plans side by side</source>
            <translation>Comparar hasta cuatro planes lado a lado</translation>
        </message>
        <message>
            <source>Continue a session saved earlier</source>
            <translation>Continuar una sesión guardada antes</translation>
        </message>
        <message>
            <source>Explore freely</source>
            <translation>Explorar libremente</translation>
        </message>
        <message>
            <source>Export handout…</source>
            <translation>Exportar hoja de resumen…</translation>
        </message>
        <message>
            <source>Export picture…</source>
            <translation>Exportar imagen…</translation>
        </message>
        <message>
            <source>Fill the screen; F11 again to leave</source>
            <translation>Ocupar toda la pantalla; F11 otra vez para salir</translation>
        </message>
        <message>
            <source>Fit the network to the window (0 in the network)</source>
            <translation>Ajustar la red a la ventana (0 en la red)</translation>
        </message>
        <message>
            <source>Fit to window</source>
            <translation>Ajustar a la ventana</translation>
        </message>
        <message>
            <source>Flow markers</source>
            <translation>Marcadores de flujo</translation>
        </message>
        <message>
            <source>Full screen</source>
            <translation>Pantalla completa</translation>
        </message>
        <message>
            <source>Glossary</source>
            <translation>Glosario</translation>
        </message>
        <message>
            <source>How to read the network</source>
            <translation>Cómo leer la red</translation>
        </message>
        <message>
            <source>Keyboard</source>
            <translation>Teclado</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>Texto más grande</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>Leyenda</translation>
        </message>
        <message>
            <source>My predictions</source>
            <translation>Mis predicciones</translation>
        </message>
        <message>
            <source>Next stage</source>
            <translation>Etapa siguiente</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Siguiente ▶</translation>
        </message>
        <message>
            <source>No moving markers and no animated changes; every state is still shown</source>
            <translation>Sin marcadores en movimiento ni cambios animados; se siguen mostrando todos los estados</translation>
        </message>
        <message>
            <source>Normal text size</source>
            <translation>Tamaño de texto normal</translation>
        </message>
        <message>
            <source>Open scenario…</source>
            <translation>Abrir escenario…</translation>
        </message>
        <message>
            <source>Open session…</source>
            <translation>Abrir sesión…</translation>
        </message>
        <message>
            <source>Policies ▾</source>
            <translation>Políticas ▾</translation>
        </message>
        <message>
            <source>Policy lab…</source>
            <translation>Laboratorio de políticas…</translation>
        </message>
        <message>
            <source>Predict before each change</source>
            <translation>Predecir antes de cada cambio</translation>
        </message>
        <message>
            <source>Predict before each change when exploring freely too</source>
            <translation>Predecir antes de cada cambio también al explorar libremente</translation>
        </message>
        <message>
            <source>Previous stage</source>
            <translation>Etapa anterior</translation>
        </message>
        <message>
            <source>Print handout…</source>
            <translation>Imprimir hoja de resumen…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rehacer</translation>
        </message>
        <message>
            <source>Redo (Ctrl+Shift+Z)</source>
            <translation>Rehacer (Ctrl+Shift+Z)</translation>
        </message>
        <message>
            <source>Reduced motion</source>
            <translation>Movimiento reducido</translation>
        </message>
        <message>
            <source>Reset all</source>
            <translation>Restablecer todo</translation>
        </message>
        <message>
            <source>Save session…</source>
            <translation>Guardar sesión…</translation>
        </message>
        <message>
            <source>Save where you are and what you did, to continue later</source>
            <translation>Guardar dónde estás y lo que hiciste, para continuar después</translation>
        </message>
        <message>
            <source>Say what you expect before a removal or a policy shows its outcome</source>
            <translation>Di qué esperas antes de que una eliminación o una política muestre su resultado</translation>
        </message>
        <message>
            <source>Show every stage at once</source>
            <translation>Mostrar todas las etapas a la vez</translation>
        </message>
        <message>
            <source>Show moving markers along active routes</source>
            <translation>Mostrar marcadores en movimiento a lo largo de las rutas activas</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>Texto más pequeño</translation>
        </message>
        <message>
            <source>Terms used in the tour, with sources</source>
            <translation>Términos usados en el recorrido, con fuentes</translation>
        </message>
        <message>
            <source>The network or the chart as a PNG or SVG picture, for slides or print</source>
            <translation>La red o la gráfica como imagen PNG o SVG, para diapositivas o impresión</translation>
        </message>
        <message>
            <source>The whole network in the window, smaller (9 in the network)</source>
            <translation>Toda la red en la ventana, más pequeña (9 en la red)</translation>
        </message>
        <message>
            <source>Tour</source>
            <translation>Recorrido</translation>
        </message>
        <message>
            <source>Try a policy from the scenario (undoable)</source>
            <translation>Probar una política del escenario (se puede deshacer)</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Undo (Ctrl+Z)</source>
            <translation>Deshacer (Ctrl+Z)</translation>
        </message>
        <message>
            <source>What you expected, and what the model showed</source>
            <translation>Lo que esperabas y lo que mostró el modelo</translation>
        </message>
        <message>
            <source>Whole network</source>
            <translation>Toda la red</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Acercar</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Alejar</translation>
        </message>
        <message>
            <source>Zoom the network in (+ in the network)</source>
            <translation>Acercar la red (+ en la red)</translation>
        </message>
        <message>
            <source>Zoom the network out (− in the network)</source>
            <translation>Alejar la red (− en la red)</translation>
        </message>
        <message>
            <source>{tip} ({keys})</source>
            <translation>{tip} ({keys})</translation>
        </message>
        <message>
            <source>… also when exploring freely</source>
            <translation>… también al explorar libremente</translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Anterior</translation>
        </message>
    </context>
    <context>
        <name>_Rows</name>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
    </context>
    <context>
        <name>autosave</name>
        <message numerus="yes">
            <source>%n actor(s) removed</source>
            <translation>
                <numerusform>%n actor eliminado</numerusform>
                <numerusform>%n actores eliminados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n policy action(s)</source>
            <translation>
                <numerusform>%n acción de política</numerusform>
                <numerusform>%n acciones de política</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n prediction(s)</source>
            <translation>
                <numerusform>%n predicción</numerusform>
                <numerusform>%n predicciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n quiz answer(s)</source>
            <translation>
                <numerusform>%n respuesta del cuestionario</numerusform>
                <numerusform>%n respuestas del cuestionario</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>challenge</name>
        <message numerus="yes">
            <source>%n policy action(s)</source>
            <translation>
                <numerusform>%n acción de política</numerusform>
                <numerusform>%n acciones de política</numerusform>
            </translation>
        </message>
        <message>
            <source>Among: {stages}</source>
            <translation>Entre: {stages}</translation>
        </message>
        <message numerus="yes">
            <source>At most %n removal(s)</source>
            <translation>
                <numerusform>Como máximo %n eliminación</numerusform>
                <numerusform>Como máximo %n eliminaciones</numerusform>
            </translation>
        </message>
        <message>
            <source>Challenge</source>
            <translation>Desafío</translation>
        </message>
        <message>
            <source>Change the plan in the network, then check it here. The numbers are from the illustrative model.</source>
            <translation>Cambia el plan en la red y luego compruébalo aquí. Los números vienen del modelo ilustrativo.</translation>
        </message>
        <message>
            <source>Check my plan</source>
            <translation>Comprobar mi plan</translation>
        </message>
        <message>
            <source>Checked: {plan}</source>
            <translation>Comprobado: {plan}</translation>
        </message>
        <message>
            <source>Goal: below {share} of the baseline from month {first} to month {last}</source>
            <translation>Meta: menos de {share} de la línea base del mes {first} al mes {last}</translation>
        </message>
        <message numerus="yes">
            <source>Goal: one removal, the least supply after %n month(s)</source>
            <translation>
                <numerusform>Meta: una eliminación, el menor suministro después de %n mes</numerusform>
                <numerusform>Meta: una eliminación, el menor suministro después de %n meses</numerusform>
            </translation>
        </message>
        <message>
            <source>In month {month}, {share} of the baseline still reaches {where} (goal: below {goal}).</source>
            <translation>En el mes {month}, el {share} de la línea base sigue llegando a {where} (meta: menos de {goal}).</translation>
        </message>
        <message>
            <source>No policies</source>
            <translation>Sin políticas</translation>
        </message>
        <message>
            <source>One solution: {plan}.</source>
            <translation>Una solución: {plan}.</translation>
        </message>
        <message>
            <source>Policies allowed</source>
            <translation>Políticas permitidas</translation>
        </message>
        <message>
            <source>Removals from: {stages}</source>
            <translation>Eliminaciones de: {stages}</translation>
        </message>
        <message>
            <source>Remove exactly one actor, and no policies, then check.</source>
            <translation>Elimina exactamente un actor, sin políticas, y luego comprueba.</translation>
        </message>
        <message>
            <source>Supply stays below {goal} from month {first} to month {last}: at most {share} reaches {where}.</source>
            <translation>El suministro se mantiene por debajo de {goal} del mes {first} al mes {last}: como máximo {share} llega a {where}.</translation>
        </message>
        <message>
            <source>This challenge is about removals only: your plan also has policies (undo them, or Reset all).</source>
            <translation>Este desafío trata solo de eliminaciones: tu plan también tiene políticas (deshazlas o usa Restablecer todo).</translation>
        </message>
        <message numerus="yes">
            <source>Without {name}, {share} of the baseline reaches {where} after %n month(s): no single removal leaves less.</source>
            <translation>
                <numerusform>Sin {name}, el {share} de la línea base llega a {where} después de %n mes: ninguna eliminación individual deja menos.</numerusform>
                <numerusform>Sin {name}, el {share} de la línea base llega a {where} después de %n meses: ninguna eliminación individual deja menos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Without {name}, {share} still reaches {where} after %n month(s); removing another actor leaves {least}. Keep looking.</source>
            <translation>
                <numerusform>Sin {name}, el {share} sigue llegando a {where} después de %n mes; eliminar otro actor deja {least}. Sigue buscando.</numerusform>
                <numerusform>Sin {name}, el {share} sigue llegando a {where} después de %n meses; eliminar otro actor deja {least}. Sigue buscando.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your plan changes nothing yet: remove actors in the network, then check again.</source>
            <translation>Tu plan todavía no cambia nada: elimina actores en la red y vuelve a comprobar.</translation>
        </message>
        <message numerus="yes">
            <source>Your plan removes {count} actors; the challenge allows at most %n.</source>
            <translation>
                <numerusform>Tu plan elimina {count} actores; el desafío permite como máximo %n.</numerusform>
                <numerusform>Tu plan elimina {count} actores; el desafío permite como máximo %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>apply “{policy}”</source>
            <translation>aplicar «{policy}»</translation>
        </message>
        <message>
            <source>no change</source>
            <translation>sin cambios</translation>
        </message>
        <message>
            <source>remove {names}</source>
            <translation>eliminar a {names}</translation>
        </message>
        <message>
            <source>removed {names}</source>
            <translation>se eliminó a {names}</translation>
        </message>
        <message>
            <source>{names}: not in the stages this challenge allows ({stages}).</source>
            <translation>{names}: no está en las etapas que permite este desafío ({stages}).</translation>
        </message>
        <message>
            <source>{name} is not one of the actors this challenge is about ({stages}).</source>
            <translation>{name} no es uno de los actores de este desafío ({stages}).</translation>
        </message>
        <message>
            <source>✓ Solved</source>
            <translation>✓ Resuelto</translation>
        </message>
    </context>
    <context>
        <name>describe</name>
        <message numerus="yes">
            <source>%n actor(s) removed.</source>
            <translation>
                <numerusform>%n actor eliminado.</numerusform>
                <numerusform>%n actores eliminados.</numerusform>
            </translation>
        </message>
        <message>
            <source>Already at the baseline.</source>
            <translation>Ya está en la línea base.</translation>
        </message>
        <message>
            <source>Apply “{preset}”</source>
            <translation>Aplicar «{preset}»</translation>
        </message>
        <message>
            <source>At once {now} of the baseline supply reaches {destination}. Play the months to see what happens next.</source>
            <translation>De inmediato, llega el {now} del suministro de la línea base a {destination}. Reproduce los meses para ver qué pasa después.</translation>
        </message>
        <message>
            <source>At once, {moved} of its {carried} {units} went elsewhere, mostly through {takers}.</source>
            <translation>De inmediato, {moved} de sus {carried} {units} se fueron por otro lado, sobre todo a través de {takers}.</translation>
        </message>
        <message>
            <source>At once, {moved} of its {carried} {units} went elsewhere.</source>
            <translation>De inmediato, {moved} de sus {carried} {units} se fueron por otro lado.</translation>
        </message>
        <message>
            <source>Baseline: {amount} {units} a month reach {destination}. Select an actor and remove it to see where the trade goes.</source>
            <translation>Línea base: {amount} {units} al mes llegan a {destination}. Selecciona un actor y elimínalo para ver hacia dónde se mueve el comercio.</translation>
        </message>
        <message>
            <source>By month {month}, the recovery ran mostly through new entrants ({entrants}) and survivors that grew ({survivors}).</source>
            <translation>Para el mes {month}, la recuperación se dio sobre todo a través de nuevos actores ({entrants}) y de sobrevivientes que crecieron ({survivors}).</translation>
        </message>
        <message>
            <source>By month {month}, the recovery ran mostly through new entrants: {entrants}.</source>
            <translation>Para el mes {month}, la recuperación se dio sobre todo a través de nuevos actores: {entrants}.</translation>
        </message>
        <message>
            <source>By month {month}, the recovery ran mostly through survivors that grew: {survivors}.</source>
            <translation>Para el mes {month}, la recuperación se dio sobre todo a través de sobrevivientes que crecieron: {survivors}.</translation>
        </message>
        <message>
            <source>Click to learn more</source>
            <translation>Haz clic para saber más</translation>
        </message>
        <message>
            <source>Exploring freely · Stage {number} of {total}: {title}</source>
            <translation>Exploración libre · Etapa {number} de {total}: {title}</translation>
        </message>
        <message>
            <source>Impact chart: share of baseline supply reaching {destination}, and price index, by month (illustrative model)</source>
            <translation>Gráfica de impacto: proporción del suministro de la línea base que llega a {destination} e índice de precios, por mes (modelo ilustrativo)</translation>
        </message>
        <message>
            <source>Month {month}</source>
            <translation>Mes {month}</translation>
        </message>
        <message>
            <source>None of it could go elsewhere at once: the others had no spare capacity.</source>
            <translation>Nada pudo irse por otro lado de inmediato: los demás no tenían capacidad de sobra.</translation>
        </message>
        <message>
            <source>Not in the trade yet. It may enter if a shortage pushes prices up far enough.</source>
            <translation>Todavía no participa en el comercio. Puede entrar si una escasez sube los precios lo suficiente.</translation>
        </message>
        <message>
            <source>Reaching {destination} in month {month}: {amount} {units} a month, {share} of baseline · price index {price} · {groups_label} {groups} (baseline {baseline_groups})</source>
            <translation>Llegan a {destination} en el mes {month}: {amount} {units} al mes, {share} de la línea base · índice de precios {price} · {groups_label} {groups} (línea base {baseline_groups})</translation>
        </message>
        <message>
            <source>Reaching {destination} right after: {amount} {units} a month, {share} of baseline · price index {price} · {groups_label} {groups} (baseline {baseline_groups})</source>
            <translation>Llegan a {destination} justo después: {amount} {units} al mes, {share} de la línea base · índice de precios {price} · {groups_label} {groups} (línea base {baseline_groups})</translation>
        </message>
        <message>
            <source>Remove {actor}</source>
            <translation>Eliminar a {actor}</translation>
        </message>
        <message>
            <source>Removed. Before: {amount} {units} a month.</source>
            <translation>Eliminado. Antes: {amount} {units} al mes.</translation>
        </message>
        <message>
            <source>Removing {actor} changed nothing at once: it carried none of the supply.</source>
            <translation>Eliminar a {actor} no cambió nada de inmediato: por ahí no pasaba nada del suministro.</translation>
        </message>
        <message>
            <source>Reset all</source>
            <translation>Restablecer todo</translation>
        </message>
        <message>
            <source>Restore {actor}</source>
            <translation>Restaurar a {actor}</translation>
        </message>
        <message>
            <source>Right after</source>
            <translation>Justo después</translation>
        </message>
        <message>
            <source>Right after, {now} of the baseline supply reaches {destination}. Play the months to see what happens next.</source>
            <translation>Justo después, llega el {now} del suministro de la línea base a {destination}. Reproduce los meses para ver qué pasa después.</translation>
        </message>
        <message numerus="yes">
            <source>Right after, {now} of the baseline supply reaches {destination}; after %n month(s), {later}.</source>
            <translation>
                <numerusform>Justo después, llega el {now} del suministro de la línea base a {destination}; después de %n mes, el {later}.</numerusform>
                <numerusform>Justo después, llega el {now} del suministro de la línea base a {destination}; después de %n meses, el {later}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Seen {seen} of {total} stages</source>
            <translation>{seen} de {total} vistas</translation>
        </message>
        <message>
            <source>Stage {number} of {total}</source>
            <translation>Etapa {number} de {total}</translation>
        </message>
        <message>
            <source>Stage {number} of {total}: {title}</source>
            <translation>Etapa {number} de {total}: {title}</translation>
        </message>
        <message>
            <source>Stage {number}: {title}</source>
            <translation>Etapa {number}: {title}</translation>
        </message>
        <message>
            <source>Supply reaching {destination}
illustrative model</source>
            <translation>Suministro que llega a {destination}
modelo ilustrativo</translation>
        </message>
        <message>
            <source>Supply reaching {destination} — illustrative model</source>
            <translation>Suministro que llega a {destination} — modelo ilustrativo</translation>
        </message>
        <message>
            <source>This scenario has no policy called '{preset}'.</source>
            <translation>Este escenario no tiene ninguna política llamada '{preset}'.</translation>
        </message>
        <message>
            <source>Under this model's assumptions the dearest supply is no longer needed, so the price falls {fall} and buyers take back a little of the cut.</source>
            <translation>Según los supuestos de este modelo, el suministro más caro ya no hace falta, así que el precio baja {fall} y los compradores recuperan un poco de lo recortado.</translation>
        </message>
        <message>
            <source>Under this model's assumptions the replacements cost more, so the price stays {rise} above the baseline and less is bought.</source>
            <translation>Según los supuestos de este modelo, los reemplazos cuestan más, así que el precio se mantiene {rise} por encima de la línea base y se compra menos.</translation>
        </message>
        <message>
            <source>Undone: {change}</source>
            <translation>Deshecho: {change}</translation>
        </message>
        <message>
            <source>What happened · {note}</source>
            <translation>Qué pasó · {note}</translation>
        </message>
        <message numerus="yes">
            <source>With %n other change(s) already made, {actor} carried {share} of the supply still reaching {destination} ({carried} of {total} {units} a month).</source>
            <translation>
                <numerusform>Con %n cambio más ya hecho, por {actor} pasaba el {share} del suministro que aún llegaba a {destination} ({carried} de {total} {units} al mes).</numerusform>
                <numerusform>Con otros %n cambios ya hechos, por {actor} pasaba el {share} del suministro que aún llegaba a {destination} ({carried} de {total} {units} al mes).</numerusform>
            </translation>
        </message>
        <message>
            <source>illustrative model</source>
            <translation>modelo ilustrativo</translation>
        </message>
        <message>
            <source>{actor} carried {share} of the supply reaching {destination} ({carried} of {total} {units} a month).</source>
            <translation>Por {actor} pasaba el {share} del suministro que llegaba a {destination} ({carried} de {total} {units} al mes).</translation>
        </message>
        <message>
            <source>{actor} is already removed.</source>
            <translation>{actor} ya está eliminado.</translation>
        </message>
        <message>
            <source>{amount} {units} a month (baseline {baseline}) — illustrative</source>
            <translation>{amount} {units} al mes (línea base {baseline}) — ilustrativo</translation>
        </message>
        <message>
            <source>{change}.</source>
            <translation>{change}.</translation>
        </message>
        <message>
            <source>{first} and {last}</source>
            <translation>{first} y {last}</translation>
        </message>
        <message>
            <source>{kind} · {region}</source>
            <translation>{kind} · {region}</translation>
        </message>
        <message>
            <source>{number} {title}</source>
            <translation>{number} {title}</translation>
        </message>
        <message>
            <source>{title} (seen)</source>
            <translation>{title} (vista)</translation>
        </message>
        <message>
            <source>{verb} {amount} {units} a month in month {month} (baseline: {baseline}).</source>
            <translation>{verb} {amount} {units} al mes en el mes {month} (línea base: {baseline}).</translation>
        </message>
        <message>
            <source>{verb} {amount} {units} a month now (baseline: {baseline}).</source>
            <translation>{verb} {amount} {units} al mes ahora (línea base: {baseline}).</translation>
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message>
            <source>Not opened: {address} is not a web address.</source>
            <translation>No se abrió: {address} no es una dirección web.</translation>
        </message>
    </context>
    <context>
        <name>documents</name>
        <message>
            <source># Glossary</source>
            <translation># Glosario</translation>
        </message>
        <message>
            <source># Keyboard

## The tour
- **Right** in the network, with no actor focused: next stage; **Left**: previous stage
- **Page Down / Page Up** in the network: next / previous stage (as a presentation clicker sends)
- **Ctrl+Page Down / Ctrl+Page Up** or **Alt+Right / Alt+Left**, anywhere: next / previous stage
- **Ctrl+E**: explore freely, every stage at once

## The network
- **Tab / Shift+Tab** and the **arrow keys**: move between actors
- **Enter** or **Space**: open the focused actor; **Delete** or **Backspace**: remove it
- **Escape**: back to the stage (clears the selection, or cancels a prediction)
- **+ / − / 0 / 9**: zoom in, zoom out, fit to the window, the whole network; drag to pan

## Panels, buttons and links
- **Tab / Shift+Tab**: move between buttons, lists, sliders and links; a ring shows where you are
- **Space** or **Enter**: press the focused button or open the focused link
- **Page Down / Page Up**: scroll the panel you are in
- After **Remove this actor** the focus moves to **Restore this actor**, and back

## Changes
- **Ctrl+Z**: undo; **Ctrl+Shift+Z** or **Ctrl+Y**: redo; **Ctrl+R**: reset all
- **Ctrl+L**: the policy lab, up to four plans compared side by side

## The view
- **Ctrl+=** (or **Ctrl++**) / **Ctrl+−**: larger / smaller text; **Ctrl+0**: normal text size
- **Ctrl+M**: flow markers on / off; **F11**: full screen
- **F5**: presentation mode (full screen, larger text, projector colours); **Escape** or **F5** leaves it
- **Ctrl+T**: the teacher's notes window, which follows the tour

## Help and files
- **F1**: about the app; **F2**: glossary; **F3**: legend
- **Ctrl+O**: open a scenario; **Ctrl+Q**: quit
- **Ctrl+S**: save the session; **Ctrl+Shift+O**: open a saved session; **Ctrl+P**: print the handout
</source>
            <translation># Teclado

## El recorrido
- **Derecha** en la red, sin ningún actor con el foco: etapa siguiente; **Izquierda**: etapa anterior
- **Page Down / Page Up** en la red: etapa siguiente / anterior (lo que envía un control remoto de presentaciones)
- **Ctrl+Page Down / Ctrl+Page Up** o **Alt+Derecha / Alt+Izquierda**, en cualquier lugar: etapa siguiente / anterior
- **Ctrl+E**: explorar libremente, todas las etapas a la vez

## La red
- **Tab / Shift+Tab** y las **flechas**: moverse entre actores
- **Enter** o **Espacio**: abrir el actor con el foco; **Supr (Delete)** o **Retroceso (Backspace)**: eliminarlo
- **Escape**: volver a la etapa (quita la selección o cancela una predicción)
- **+ / − / 0 / 9**: acercar, alejar, ajustar a la ventana, toda la red; arrastra para desplazarte

## Paneles, botones y enlaces
- **Tab / Shift+Tab**: moverse entre botones, listas, controles deslizantes y enlaces; un anillo muestra dónde estás
- **Espacio** o **Enter**: presionar el botón con el foco o abrir el enlace con el foco
- **Page Down / Page Up**: desplazarse por el panel en el que estás
- Después de **Eliminar este actor**, el foco pasa a **Restaurar este actor**, y de regreso

## Cambios
- **Ctrl+Z**: deshacer; **Ctrl+Shift+Z** o **Ctrl+Y**: rehacer; **Ctrl+R**: restablecer todo
- **Ctrl+L**: el laboratorio de políticas, hasta cuatro planes comparados lado a lado

## La vista
- **Ctrl+=** (o **Ctrl++**) / **Ctrl+−**: texto más grande / más pequeño; **Ctrl+0**: tamaño de texto normal
- **Ctrl+M**: marcadores de flujo sí / no; **F11**: pantalla completa
- **F5**: modo presentación (pantalla completa, texto más grande, colores para proyector); **Escape** o **F5** para salir
- **Ctrl+T**: la ventana de notas para docentes, que sigue el recorrido

## Ayuda y archivos
- **F1**: acerca de la aplicación; **F2**: glosario; **F3**: leyenda
- **Ctrl+O**: abrir un escenario; **Ctrl+Q**: salir
- **Ctrl+S**: guardar la sesión; **Ctrl+Shift+O**: abrir una sesión guardada; **Ctrl+P**: imprimir la hoja de resumen
</translation>
        </message>
        <message>
            <source>## How to read the network</source>
            <translation>## Cómo leer la red</translation>
        </message>
        <message>
            <source>## Sources</source>
            <translation>## Fuentes</translation>
        </message>
        <message>
            <source>## What the model cannot show</source>
            <translation>## Lo que el modelo no puede mostrar</translation>
        </message>
        <message>
            <source>## Where to find help</source>
            <translation>## Dónde buscar ayuda</translation>
        </message>
        <message numerus="yes">
            <source>**About %n minute(s).**</source>
            <translation>
                <numerusform>**Alrededor de %n minuto.**</numerusform>
                <numerusform>**Alrededor de %n minutos.**</numerusform>
            </translation>
        </message>
        <message>
            <source>**Answers to the quiz** (the class sees the choices in another order):</source>
            <translation>**Respuestas del cuestionario** (la clase ve las opciones en otro orden):</translation>
        </message>
        <message>
            <source>**Scenario:** *{title}*. {description}</source>
            <translation>**Escenario:** *{title}*. {description}</translation>
        </message>
        <message>
            <source>**The information runs to {date}.**</source>
            <translation>**La información llega hasta {date}.**</translation>
        </message>
        <message>
            <source>**The numbers are illustrative.** {note}</source>
            <translation>**Los números son ilustrativos.** {note}</translation>
        </message>
        <message>
            <source>*A model answer:* {answer}</source>
            <translation>*Una respuesta modelo:* {answer}</translation>
        </message>
        <message>
            <source>*Answer:* {choice}</source>
            <translation>*Respuesta:* {choice}</translation>
        </message>
        <message>
            <source>*Objective:* {objective}</source>
            <translation>*Objetivo:* {objective}</translation>
        </message>
        <message>
            <source>*The challenge:* {solution}</source>
            <translation>*El desafío:* {solution}</translation>
        </message>
        <message>
            <source>*This stage has no teacher notes.*</source>
            <translation>*Esta etapa no tiene notas para docentes.*</translation>
        </message>
        <message>
            <source>A removed actor: crossed out, its name struck through.</source>
            <translation>Un actor eliminado: tachado, con el nombre tachado.</translation>
        </message>
        <message>
            <source>An actor of a stage already seen: a thinner outline, lighter.</source>
            <translation>Un actor de una etapa ya vista: contorno más delgado y más claro.</translation>
        </message>
        <message>
            <source>An actor: the width of its routes follows what they carry each month. Stages still to come show only the actors a change moved flow to, faintly.</source>
            <translation>Un actor: el grosor de sus rutas sigue lo que llevan cada mes. Las etapas que aún no se ven muestran, tenues, solo los actores hacia los que un cambio movió flujo.</translation>
        </message>
        <message>
            <source>An entrant not in the trade yet: a dashed box, its name in italics.</source>
            <translation>Un actor que todavía no entra al comercio: un recuadro punteado, con el nombre en cursiva.</translation>
        </message>
        <message>
            <source>An explorer for classrooms and self-learners: how a trade travels from its first suppliers to its last sellers, stage by stage, and why removing one actor rarely stops it.</source>
            <translation>Un explorador para el salón de clases y para quien aprende por su cuenta: cómo viaja un comercio desde sus primeros proveedores hasta sus últimos vendedores, etapa por etapa, y por qué eliminar a un actor rara vez lo detiene.</translation>
        </message>
        <message>
            <source>Different views, side by side</source>
            <translation>Distintas perspectivas, lado a lado</translation>
        </message>
        <message>
            <source>Gained flow: a solid blue line with a light centre stripe, labelled with a plus (+12).</source>
            <translation>Flujo ganado: una línea azul continua con una franja clara al centro, marcada con un más (+12).</translation>
        </message>
        <message>
            <source>Lost flow: a dashed orange line, labelled with a minus (−30).</source>
            <translation>Flujo perdido: una línea naranja discontinua, marcada con un menos (−30).</translation>
        </message>
        <message>
            <source>Not active yet: a dotted line to or from an entrant that has not come in.</source>
            <translation>Todavía no activa: una línea punteada hacia o desde un actor que aún no ha entrado.</translation>
        </message>
        <message>
            <source>Questions for the class:</source>
            <translation>Preguntas para la clase:</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>Fuente:</translation>
        </message>
        <message>
            <source>The selected actor: a thick outline with a glow; the focused one: a dashed ring.</source>
            <translation>El actor seleccionado: un contorno grueso con brillo; el que tiene el foco: un anillo discontinuo.</translation>
        </message>
        <message>
            <source>Two views, side by side</source>
            <translation>Dos perspectivas, lado a lado</translation>
        </message>
        <message>
            <source>Unchanged: a plain grey line; after a change, and away from the stage in focus, a lighter grey, under what changed.</source>
            <translation>Sin cambios: una línea gris simple; después de un cambio, y lejos de la etapa en foco, un gris más claro, debajo de lo que cambió.</translation>
        </message>
        <message>
            <source>{text}

*Source:* {sources}</source>
            <translation>{text}

*Fuente:* {sources}</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>Something went wrong</source>
            <translation>Algo salió mal</translation>
        </message>
        <message>
            <source>The explorer hit an unexpected problem; what you were doing may not have finished.</source>
            <translation>El explorador tuvo un problema inesperado; puede que lo que estabas haciendo no haya terminado.</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… y %n más</numerusform>
                <numerusform>… y %n más</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>exports</name>
        <message>
            <source>d MMMM yyyy</source>
            <comment>Qt date format</comment>
            <translation>d 'de' MMMM 'de' yyyy</translation>
        </message>
    </context>
    <context>
        <name>handout</name>
        <message>
            <source>## Quiz</source>
            <translation>## Cuestionario</translation>
        </message>
        <message>
            <source>## Sources</source>
            <translation>## Fuentes</translation>
        </message>
        <message>
            <source>## The stages you saw</source>
            <translation>## Las etapas que viste</translation>
        </message>
        <message>
            <source>## What happened · {note}</source>
            <translation>## Qué pasó · {note}</translation>
        </message>
        <message>
            <source>## Where to find help</source>
            <translation>## Dónde buscar ayuda</translation>
        </message>
        <message>
            <source>## Your plan</source>
            <translation>## Tu plan</translation>
        </message>
        <message>
            <source>## Your predictions</source>
            <translation>## Tus predicciones</translation>
        </message>
        <message>
            <source>### Stage {number}: {title}</source>
            <translation>### Etapa {number}: {title}</translation>
        </message>
        <message>
            <source>**The numbers in this handout come from an illustrative model.** {note}</source>
            <translation>**Los números de esta hoja vienen de un modelo ilustrativo.** {note}</translation>
        </message>
        <message>
            <source>*A handout from {app}, made on {date}. The information runs to {info}.*</source>
            <translation>*Hoja de resumen de {app}, hecha el {date}. La información llega hasta {info}.*</translation>
        </message>
        <message numerus="yes">
            <source>- %n other change(s) to capacities, costs or demand.</source>
            <translation>
                <numerusform>- %n cambio más en capacidades, costos o demanda.</numerusform>
                <numerusform>- %n cambios más en capacidades, costos o demanda.</numerusform>
            </translation>
        </message>
        <message>
            <source>- Policy: **{name}**. {description} *Source:* {sources}</source>
            <translation>- Política: **{name}**. {description} *Fuente:* {sources}</translation>
        </message>
        <message>
            <source>- Removed: **{name}** ({what}). *Source:* {sources}</source>
            <translation>- Eliminado: **{name}** ({what}). *Fuente:* {sources}</translation>
        </message>
        <message>
            <source>Challenge of “{stage}”: {verdict} ({answer}).</source>
            <translation>Desafío de «{stage}»: {verdict} ({answer}).</translation>
        </message>
        <message>
            <source>No change: the trade as it runs at the baseline.</source>
            <translation>Sin cambios: el comercio tal como funciona en la línea base.</translation>
        </message>
        <message numerus="yes">
            <source>No quiz questions answered (the scenario has %n).</source>
            <translation>
                <numerusform>No se respondió ninguna pregunta del cuestionario (el escenario tiene %n).</numerusform>
                <numerusform>No se respondió ninguna pregunta del cuestionario (el escenario tiene %n).</numerusform>
            </translation>
        </message>
        <message>
            <source>You answered {answered} of {questions} questions; {right} right.</source>
            <translation>Respondiste {answered} de {questions} preguntas; aciertos: {right}.</translation>
        </message>
        <message>
            <source>Your {score}.</source>
            <translation>Tu {score}.</translation>
        </message>
        <message>
            <source>met</source>
            <translation>cumplida</translation>
        </message>
        <message>
            <source>not met yet</source>
            <translation>todavía no cumplida</translation>
        </message>
    </context>
    <context>
        <name>lab</name>
        <message>
            <source> (did you mean {close}?)</source>
            <translation> (¿quisiste decir {close}?)</translation>
        </message>
        <message>
            <source>% of baseline supply left (illustrative)</source>
            <translation>% del suministro de la línea base que queda (ilustrativo)</translation>
        </message>
        <message numerus="yes">
            <source>%n month(s) after any single removal, all of the baseline supply reaches {destination} again: the trade recovers from each one. Right after, removing {actor} hurts most ({now} still arrives). Illustrative model, one run.</source>
            <translation>
                <numerusform>%n mes después de cualquier eliminación individual, todo el suministro de la línea base vuelve a llegar a {destination}: el comercio se recupera de cada una. Justo después, eliminar a {actor} es lo que más daña ({now} sigue llegando). Modelo ilustrativo, una corrida.</numerusform>
                <numerusform>%n meses después de cualquier eliminación individual, todo el suministro de la línea base vuelve a llegar a {destination}: el comercio se recupera de cada una. Justo después, eliminar a {actor} es lo que más daña ({now} sigue llegando). Modelo ilustrativo, una corrida.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of these are such entrants.</source>
            <translation>
                <numerusform>%n de ellos es uno de esos nuevos actores.</numerusform>
                <numerusform>%n de ellos son esos nuevos actores.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n removed</source>
            <translation>
                <numerusform>%n eliminado</numerusform>
                <numerusform>%n eliminados</numerusform>
            </translation>
        </message>
        <message>
            <source>Add a plan and the lab runs it (illustrative model).</source>
            <translation>Agrega un plan y el laboratorio lo ejecuta (modelo ilustrativo).</translation>
        </message>
        <message numerus="yes">
            <source>After %n month(s)</source>
            <translation>
                <numerusform>Después de %n mes</numerusform>
                <numerusform>Después de %n meses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>After %n month(s), {plans} leave the same, least supply reaching {destination}: {share} of the baseline in the median run (illustrative model).</source>
            <translation>
                <numerusform>Después de %n mes, {plans} dejan el mismo suministro, el menor, llegando a {destination}: {share} de la línea base en la corrida mediana (modelo ilustrativo).</numerusform>
                <numerusform>Después de %n meses, {plans} dejan el mismo suministro, el menor, llegando a {destination}: {share} de la línea base en la corrida mediana (modelo ilustrativo).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>After %n month(s), “{plan}” leaves the least supply reaching {destination}: {share} of the baseline (at least 8 runs in 10 agree; illustrative model).</source>
            <translation>
                <numerusform>Después de %n mes, «{plan}» deja el menor suministro llegando a {destination}: {share} de la línea base (al menos 8 de cada 10 corridas coinciden; modelo ilustrativo).</numerusform>
                <numerusform>Después de %n meses, «{plan}» deja el menor suministro llegando a {destination}: {share} de la línea base (al menos 8 de cada 10 corridas coinciden; modelo ilustrativo).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>After %n month(s), “{plan}” leaves the least supply reaching {destination}: {share} of the baseline in the median run (between {low} and {high} in 8 runs out of 10; illustrative model).</source>
            <translation>
                <numerusform>Después de %n mes, «{plan}» deja el menor suministro llegando a {destination}: {share} de la línea base en la corrida mediana (entre {low} y {high} en 8 de cada 10 corridas; modelo ilustrativo).</numerusform>
                <numerusform>Después de %n meses, «{plan}» deja el menor suministro llegando a {destination}: {share} de la línea base en la corrida mediana (entre {low} y {high} en 8 de cada 10 corridas; modelo ilustrativo).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>After %n month(s), “{plan}” leaves {share} of the baseline supply reaching {destination} (at least 8 runs in 10 agree; illustrative model).</source>
            <translation>
                <numerusform>Después de %n mes, «{plan}» deja el {share} del suministro de la línea base llegando a {destination} (al menos 8 de cada 10 corridas coinciden; modelo ilustrativo).</numerusform>
                <numerusform>Después de %n meses, «{plan}» deja el {share} del suministro de la línea base llegando a {destination} (al menos 8 de cada 10 corridas coinciden; modelo ilustrativo).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>After %n month(s), “{plan}” leaves {share} of the baseline supply reaching {destination} in the median run (between {low} and {high} in 8 runs out of 10; illustrative model).</source>
            <translation>
                <numerusform>Después de %n mes, «{plan}» deja el {share} del suministro de la línea base llegando a {destination} en la corrida mediana (entre {low} y {high} en 8 de cada 10 corridas; modelo ilustrativo).</numerusform>
                <numerusform>Después de %n meses, «{plan}» deja el {share} del suministro de la línea base llegando a {destination} en la corrida mediana (entre {low} y {high} en 8 de cada 10 corridas; modelo ilustrativo).</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelled: press Run to finish it</source>
            <translation>Cancelado: presiona Ejecutar para terminarlo</translation>
        </message>
        <message>
            <source>Capacity of {kind} in {region} at {factor}</source>
            <translation>Capacidad de {kind} en {region} al {factor}</translation>
        </message>
        <message>
            <source>Could not run: {why}</source>
            <translation>No se pudo ejecutar: {why}</translation>
        </message>
        <message>
            <source>Demand at {share} of today's</source>
            <translation>Demanda al {share} de la actual</translation>
        </message>
        <message numerus="yes">
            <source>Done: %n run(s) (illustrative)</source>
            <translation>
                <numerusform>Listo: %n corrida (ilustrativo)</numerusform>
                <numerusform>Listo: %n corridas (ilustrativo)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Each actor removed alone: supply left right after and after %n month(s) (illustrative)</source>
            <translation>
                <numerusform>Cada actor eliminado por separado: suministro que queda justo después y después de %n mes (ilustrativo)</numerusform>
                <numerusform>Cada actor eliminado por separado: suministro que queda justo después y después de %n meses (ilustrativo)</numerusform>
            </translation>
        </message>
        <message>
            <source>Each cell: the share of baseline supply in the median run, with the range of 8 runs in 10; below, the groups present (median). Illustrative model.</source>
            <translation>Cada celda: la proporción del suministro de la línea base en la corrida mediana, con el rango de 8 de cada 10 corridas; abajo, los grupos presentes (mediana). Modelo ilustrativo.</translation>
        </message>
        <message numerus="yes">
            <source>Illustrative model. Every plan ran on the same %n seed(s): runs differ only in when new entrants come in. The band holds 8 runs in 10 (10th to 90th percentile); the line is the median run.</source>
            <translation>
                <numerusform>Modelo ilustrativo. Todos los planes corrieron con la misma semilla (%n): las corridas solo difieren en cuándo entran nuevos actores. La banda contiene 8 de cada 10 corridas (percentil 10 a 90); la línea es la corrida mediana.</numerusform>
                <numerusform>Modelo ilustrativo. Todos los planes corrieron con las mismas %n semillas: las corridas solo difieren en cuándo entran nuevos actores. La banda contiene 8 de cada 10 corridas (percentil 10 a 90); la línea es la corrida mediana.</numerusform>
            </translation>
        </message>
        <message>
            <source>Illustrative model: {note}</source>
            <translation>Modelo ilustrativo: {note}</translation>
        </message>
        <message>
            <source>Months after the change</source>
            <translation>Meses después del cambio</translation>
        </message>
        <message>
            <source>No actor carries supply in this scenario.</source>
            <translation>Ningún actor lleva suministro en este escenario.</translation>
        </message>
        <message>
            <source>No change (baseline)</source>
            <translation>Sin cambios (línea base)</translation>
        </message>
        <message>
            <source>No change: the baseline, for reference</source>
            <translation>Sin cambios: la línea base, como referencia</translation>
        </message>
        <message>
            <source>No set of actors cuts every path to {destination} in this scenario (illustrative model).</source>
            <translation>En este escenario ningún conjunto de actores corta todos los caminos hacia {destination} (modelo ilustrativo).</translation>
        </message>
        <message>
            <source>No smaller set does: leave any one of them and supply still finds a way.</source>
            <translation>Ningún conjunto más pequeño lo logra: si queda cualquiera de ellos, el suministro encuentra un camino.</translation>
        </message>
        <message>
            <source>Policy: {preset}</source>
            <translation>Política: {preset}</translation>
        </message>
        <message>
            <source>Price index (1 = before any change; illustrative)</source>
            <translation>Índice de precios (1 = antes de cualquier cambio; ilustrativo)</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n actor(s): {names}</source>
            <translation>
                <numerusform>Eliminar %n actor: {names}</numerusform>
                <numerusform>Eliminar %n actores: {names}</numerusform>
            </translation>
        </message>
        <message>
            <source>Removing each actor alone, one after another…</source>
            <translation>Eliminando cada actor por separado, uno tras otro…</translation>
        </message>
        <message numerus="yes">
            <source>Removing these %n actor(s) together cuts every path from the first stage to {destination}: {names}.</source>
            <translation>
                <numerusform>Eliminar %n actor corta todos los caminos desde la primera etapa hasta {destination}: {names}.</numerusform>
                <numerusform>Eliminar juntos estos %n actores corta todos los caminos desde la primera etapa hasta {destination}: {names}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Removing {actor} alone hurts most after %n month(s): {later} of the baseline supply still reaches {destination} (right after: {now}). Illustrative model, one run.</source>
            <translation>
                <numerusform>Eliminar solo a {actor} es lo que más daña después de %n mes: el {later} del suministro de la línea base sigue llegando a {destination} (justo después: {now}). Modelo ilustrativo, una corrida.</numerusform>
                <numerusform>Eliminar solo a {actor} es lo que más daña después de %n meses: el {later} del suministro de la línea base sigue llegando a {destination} (justo después: {now}). Modelo ilustrativo, una corrida.</numerusform>
            </translation>
        </message>
        <message>
            <source>Right after</source>
            <translation>Justo después</translation>
        </message>
        <message>
            <source>Routes from {from_kind} in {from_region} to {to_kind} in {to_region} cost {amount} more a unit</source>
            <translation>Las rutas de {from_kind} en {from_region} a {to_kind} en {to_region} cuestan {amount} más por unidad</translation>
        </message>
        <message>
            <source>Running…</source>
            <translation>Ejecutando…</translation>
        </message>
        <message numerus="yes">
            <source>Smallest stopping set: %n actor(s)</source>
            <translation>
                <numerusform>Conjunto mínimo que lo detiene: %n actor</numerusform>
                <numerusform>Conjunto mínimo que lo detiene: %n actores</numerusform>
            </translation>
        </message>
        <message>
            <source>Supply reaching {destination}, % of baseline (illustrative)</source>
            <translation>Suministro que llega a {destination}, % de la línea base (ilustrativo)</translation>
        </message>
        <message>
            <source>Supply stops only while all of them stay removed. Illustrative model.</source>
            <translation>El suministro se detiene solo mientras todos sigan eliminados. Modelo ilustrativo.</translation>
        </message>
        <message>
            <source>The count includes new entrants waiting to come in: remove only the actors active today and entrants would still come in and carry supply.</source>
            <translation>La cuenta incluye nuevos actores que esperan entrar: si se eliminan solo los actores activos hoy, los nuevos igual entrarían y llevarían suministro.</translation>
        </message>
        <message>
            <source>Your plan in the explorer</source>
            <translation>Tu plan en el explorador</translation>
        </message>
        <message>
            <source>an empty part; expected a preset id or a change such as remove:ID</source>
            <translation>una parte vacía; se esperaba el id de una política o un cambio como remove:ID</translation>
        </message>
        <message>
            <source>any kind</source>
            <translation>cualquier tipo</translation>
        </message>
        <message>
            <source>anywhere</source>
            <translation>cualquier lugar</translation>
        </message>
        <message>
            <source>expected a number from 0 to {high} for {field}, got '{value}'</source>
            <translation>se esperaba un número de 0 a {high} para {field}, se recibió '{value}'</translation>
        </message>
        <message>
            <source>expected a preset id or a change such as remove:ID</source>
            <translation>se esperaba el id de una política o un cambio como remove:ID</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>plan '{plan}': {why}</source>
            <translation>plan '{plan}': {why}</translation>
        </message>
        <message>
            <source>price {price}</source>
            <translation>precio {price}</translation>
        </message>
        <message>
            <source>remove: needs at least one actor id, such as remove:ID,ID</source>
            <translation>remove: necesita al menos un id de actor, como remove:ID,ID</translation>
        </message>
        <message>
            <source>scale: needs kind= or region= (or both), such as scale:kind=K,factor=0.5</source>
            <translation>scale: necesita kind= o region= (o ambos), como scale:kind=K,factor=0.5</translation>
        </message>
        <message>
            <source>the demand parts multiply to {demand}; expected at most {high}</source>
            <translation>las partes de demanda multiplicadas dan {demand}; se esperaba como máximo {high}</translation>
        </message>
        <message>
            <source>unknown actor '{actor}'{hint}</source>
            <translation>actor desconocido '{actor}'{hint}</translation>
        </message>
        <message>
            <source>unknown kind '{value}'{hint}; the scenario's kinds are: {known}</source>
            <translation>tipo desconocido '{value}'{hint}; los tipos del escenario son: {known}</translation>
        </message>
        <message>
            <source>unknown part '{part}'; expected a preset id, remove:, scale:, cost:, demand: or name=</source>
            <translation>parte desconocida '{part}'; se esperaba el id de una política, remove:, scale:, cost:, demand: o name=</translation>
        </message>
        <message>
            <source>unknown preset '{preset}'{hint}; the scenario's presets are: {known}</source>
            <translation>política desconocida '{preset}'{hint}; las políticas del escenario son: {known}</translation>
        </message>
        <message>
            <source>unknown region '{value}'{hint}; the scenario's regions are: {known}</source>
            <translation>región desconocida '{value}'{hint}; las regiones del escenario son: {known}</translation>
        </message>
        <message>
            <source>{done} of {total} runs done</source>
            <translation>{done} de {total} corridas hechas</translation>
        </message>
        <message>
            <source>{first} and {last}</source>
            <translation>{first} y {last}</translation>
        </message>
        <message>
            <source>{groups} {label}</source>
            <translation>{groups} {label}</translation>
        </message>
        <message>
            <source>{lines}.</source>
            <translation>{lines}.</translation>
        </message>
        <message>
            <source>{median} ({low}–{high})</source>
            <translation>{median} ({low}–{high})</translation>
        </message>
        <message>
            <source>{sentence} The network shows the plan's first run (seed 0); illustrative model.</source>
            <translation>{sentence} La red muestra la primera corrida del plan (semilla 0); modelo ilustrativo.</translation>
        </message>
        <message>
            <source>{what}: unknown field '{field}'; expected {allowed}</source>
            <translation>{what}: campo desconocido '{field}'; se esperaba {allowed}</translation>
        </message>
    </context>
    <context>
        <name>launch</name>
        <message>
            <source>The explorer could not start as asked</source>
            <translation>El explorador no pudo iniciar como se pidió</translation>
        </message>
    </context>
    <context>
        <name>paper</name>
        <message>
            <source>% of baseline</source>
            <translation>% de la línea base</translation>
        </message>
        <message>
            <source>Months after the change</source>
            <translation>Meses después del cambio</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>línea base</translation>
        </message>
        <message>
            <source>price index</source>
            <translation>índice de precios</translation>
        </message>
    </context>
    <context>
        <name>predict</name>
        <message>
            <source># My predictions</source>
            <translation># Mis predicciones</translation>
        </message>
        <message>
            <source>**{number}.** {result}</source>
            <translation>**{number}.** {result}</translation>
        </message>
        <message>
            <source>*Why, you said:* {why}</source>
            <translation>*Por qué, según tú:* {why}</translation>
        </message>
        <message numerus="yes">
            <source>After %n month(s), you were close to the model.</source>
            <translation>
                <numerusform>Después de %n mes, estuviste cerca del modelo.</numerusform>
                <numerusform>Después de %n meses, estuviste cerca del modelo.</numerusform>
            </translation>
        </message>
        <message>
            <source>No predictions yet. Turn on View &gt; Predict before each change, then remove an actor.</source>
            <translation>Todavía no hay predicciones. Activa Ver &gt; Predecir antes de cada cambio y luego elimina un actor.</translation>
        </message>
        <message>
            <source>Over the months, less came back than you expected. Under this model's assumptions, demand itself fell: the streets ask for less, so prices do not rise and nothing draws new supply in.</source>
            <translation>Con los meses, volvió menos de lo que esperabas. Según los supuestos de este modelo, la propia demanda bajó: en la calle se pide menos, así que los precios no suben y nada atrae nuevo suministro.</translation>
        </message>
        <message>
            <source>Over the months, less came back than you expected. Under this model's assumptions, the price index is still {price}: the actors that replaced the removed ones work at higher cost, and at that price less is bought.</source>
            <translation>Con los meses, volvió menos de lo que esperabas. Según los supuestos de este modelo, el índice de precios sigue en {price}: los actores que reemplazaron a los eliminados trabajan a un costo más alto, y a ese precio se compra menos.</translation>
        </message>
        <message>
            <source>Over the months, less came back than you expected. Under this model's assumptions, the price index is still {price}: the survivors and entrants cannot yet replace everything that was removed.</source>
            <translation>Con los meses, volvió menos de lo que esperabas. Según los supuestos de este modelo, el índice de precios sigue en {price}: los sobrevivientes y los nuevos actores todavía no pueden reemplazar todo lo que se eliminó.</translation>
        </message>
        <message>
            <source>Over the months, less came back than you expected. Under this model's assumptions, what was removed stays removed and the others reached the limits of how far they can grow.</source>
            <translation>Con los meses, volvió menos de lo que esperabas. Según los supuestos de este modelo, lo eliminado sigue eliminado y los demás llegaron al límite de lo que pueden crecer.</translation>
        </message>
        <message>
            <source>Over the months, more came back than you expected. Under this model's assumptions, the shortage raised the price index to {peak}, and where supply was short the survivors grew.</source>
            <translation>Con los meses, volvió más de lo que esperabas. Según los supuestos de este modelo, la escasez subió el índice de precios a {peak}, y donde faltaba suministro los sobrevivientes crecieron.</translation>
        </message>
        <message numerus="yes">
            <source>Over the months, more came back than you expected. Under this model's assumptions, the shortage raised the price index to {peak}; where supply was short, survivors grew and %n new actor(s) came in: {names}.</source>
            <translation>
                <numerusform>Con los meses, volvió más de lo que esperabas. Según los supuestos de este modelo, la escasez subió el índice de precios a {peak}; donde faltaba suministro, los sobrevivientes crecieron y entró %n actor nuevo: {names}.</numerusform>
                <numerusform>Con los meses, volvió más de lo que esperabas. Según los supuestos de este modelo, la escasez subió el índice de precios a {peak}; donde faltaba suministro, los sobrevivientes crecieron y entraron %n actores nuevos: {names}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Right after, less got through than you expected: under this model's assumptions, the others had little room to spare, so most of what was cut could not go elsewhere at once.</source>
            <translation>Justo después, pasó menos de lo que esperabas: según los supuestos de este modelo, los demás tenían poco margen, así que la mayor parte de lo recortado no pudo irse por otro lado de inmediato.</translation>
        </message>
        <message>
            <source>Right after, more got through than you expected: under this model's assumptions, other actors had room to spare, and the flow took the cheapest routes still open, mostly through {takers}.</source>
            <translation>Justo después, pasó más de lo que esperabas: según los supuestos de este modelo, otros actores tenían margen de sobra, y el flujo tomó las rutas más baratas que seguían abiertas, sobre todo a través de {takers}.</translation>
        </message>
        <message>
            <source>Right after, you were close to the model.</source>
            <translation>Justo después, estuviste cerca del modelo.</translation>
        </message>
        <message numerus="yes">
            <source>The model shows {now} right after and {later} after %n month(s).</source>
            <translation>
                <numerusform>El modelo muestra {now} justo después y {later} después de %n mes.</numerusform>
                <numerusform>El modelo muestra {now} justo después y {later} después de %n meses.</numerusform>
            </translation>
        </message>
        <message>
            <source>You expected {guess} to carry most of the diverted flow, and in the model it did.</source>
            <translation>Esperabas que {guess} llevara la mayor parte del flujo desviado, y en el modelo así fue.</translation>
        </message>
        <message>
            <source>You expected {guess} to carry most of the diverted flow; in the model it was {actual}.</source>
            <translation>Esperabas que {guess} llevara la mayor parte del flujo desviado; en el modelo fue {actual}.</translation>
        </message>
        <message>
            <source>You expected {guess} to carry most of the diverted flow; in the model nobody could take it over.</source>
            <translation>Esperabas que {guess} llevara la mayor parte del flujo desviado; en el modelo nadie pudo hacerse cargo de él.</translation>
        </message>
        <message numerus="yes">
            <source>You predicted {p_now} right after and {p_later} after %n month(s); the model shows {now} and {later}.</source>
            <translation>
                <numerusform>Predijiste {p_now} justo después y {p_later} después de %n mes; el modelo muestra {now} y {later}.</numerusform>
                <numerusform>Predijiste {p_now} justo después y {p_later} después de %n meses; el modelo muestra {now} y {later}.</numerusform>
            </translation>
        </message>
        <message>
            <source>the others</source>
            <translation>los demás</translation>
        </message>
    </context>
    <context>
        <name>quiz</name>
        <message>
            <source>Not quite: the answer is “{answer}”.</source>
            <translation>No exactamente: la respuesta es «{answer}».</translation>
        </message>
        <message>
            <source>Right.</source>
            <translation>Correcto.</translation>
        </message>
        <message numerus="yes">
            <source>quiz: {right} of %n right</source>
            <translation>
                <numerusform>cuestionario: aciertos, {right} de %n</numerusform>
                <numerusform>cuestionario: aciertos, {right} de %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>quiz: {right} right, {answered} of %n answered</source>
            <translation>
                <numerusform>cuestionario: aciertos, {right}; respondidas, {answered} de %n</numerusform>
                <numerusform>cuestionario: aciertos, {right}; respondidas, {answered} de %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>report</name>
        <message numerus="yes">
            <source>%n actor(s)</source>
            <translation>
                <numerusform>%n actor</numerusform>
                <numerusform>%n actores</numerusform>
            </translation>
        </message>
        <message>
            <source>; other actions: {count}</source>
            <translation>; otras acciones: {count}</translation>
        </message>
        <message>
            <source>Baseline: {delivered} units a month reach the streets (demand {demand}).</source>
            <translation>Línea base: {delivered} unidades al mes llegan a la calle (demanda {demand}).</translation>
        </message>
        <message>
            <source>Illustrative model: {note}</source>
            <translation>Modelo ilustrativo: {note}</translation>
        </message>
        <message>
            <source>Immediately after: {delivered} ({share} of baseline), price index {price}.</source>
            <translation>Justo después: {delivered} ({share} de la línea base), índice de precios {price}.</translation>
        </message>
        <message>
            <source>Plans ranked by the supply left after {months} months (least first):</source>
            <translation>Planes ordenados por el suministro que queda después de {months} meses (el menor primero):</translation>
        </message>
        <message>
            <source>Re-routed (routes that gained flow at once):</source>
            <translation>Desviado (rutas que ganaron flujo de inmediato):</translation>
        </message>
        <message>
            <source>Removed: {removed}</source>
            <translation>Eliminados: {removed}</translation>
        </message>
        <message>
            <source>Removing each active actor alone: share of baseline supply right after, and after {months} months.</source>
            <translation>Cada actor activo eliminado por separado: parte del suministro de la línea base justo después y después de {months} meses.</translation>
        </message>
        <message>
            <source>Share of baseline supply reaching {destination}: median run (10th-90th percentile).</source>
            <translation>Parte del suministro de la línea base que llega a {destination}: corrida mediana (percentil 10 a 90).</translation>
        </message>
        <message>
            <source>Smallest set of actors whose removal stops all supply ({count}; markets ({markets}) left out,
counting entrants that would otherwise come in; enabling inputs alone never stop it unless an actor
needs one for all of its capacity):</source>
            <translation>Conjunto mínimo de actores cuya eliminación detiene todo el suministro ({count}; sin contar los mercados ({markets}),
contando a los nuevos actores que de otro modo entrarían; los insumos que lo hacen posible nunca lo detienen
por sí solos, salvo que un actor dependa de uno para toda su capacidad):</translation>
        </message>
        <message>
            <source>actor</source>
            <translation>actor</translation>
        </message>
        <message>
            <source>actors</source>
            <translation>actores</translation>
        </message>
        <message>
            <source>after</source>
            <translation>luego</translation>
        </message>
        <message>
            <source>carries</source>
            <translation>lleva</translation>
        </message>
        <message>
            <source>delivered</source>
            <translation>entregado</translation>
        </message>
        <message>
            <source>entered</source>
            <translation>entraron</translation>
        </message>
        <message numerus="yes">
            <source>from %n stage(s)</source>
            <translation>
                <numerusform>de %n etapa</numerusform>
                <numerusform>de %n etapas</numerusform>
            </translation>
        </message>
        <message>
            <source>groups</source>
            <translation>grupos</translation>
        </message>
        <message>
            <source>month</source>
            <translation>mes</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>nadie</translation>
        </message>
        <message>
            <source>plan</source>
            <translation>plan</translation>
        </message>
        <message>
            <source>price</source>
            <translation>precio</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>elim.</translation>
        </message>
        <message>
            <source>share</source>
            <translation>parte</translation>
        </message>
        <message>
            <source>{actor} (stage: {stage})</source>
            <translation>{actor} (etapa: {stage})</translation>
        </message>
        <message>
            <source>{groups} present and price index (medians):</source>
            <translation>{groups} presentes e índice de precios (medianas):</translation>
        </message>
        <message>
            <source>{months} mo</source>
            <translation>{months} m</translation>
        </message>
    </context>
    <context>
        <name>session</name>
        <message>
            <source>The session file has no valid format version.</source>
            <translation>El archivo de sesión no tiene una versión de formato válida.</translation>
        </message>
        <message>
            <source>The session file is damaged: {part} is not valid (expected {expected}; found {found}).</source>
            <translation>El archivo de sesión está dañado: {part} no es válido (se esperaba {expected}; se encontró {found}).</translation>
        </message>
        <message>
            <source>The session file is damaged: {part} is not valid.</source>
            <translation>El archivo de sesión está dañado: {part} no es válido.</translation>
        </message>
        <message>
            <source>This is not a session file (it is not valid JSON).</source>
            <translation>Este no es un archivo de sesión (no es JSON válido).</translation>
        </message>
        <message>
            <source>This is not a session file of this app.</source>
            <translation>Este no es un archivo de sesión de esta aplicación.</translation>
        </message>
        <message>
            <source>This session belongs to another scenario (“{other}”), not to “{this}”.</source>
            <translation>Esta sesión pertenece a otro escenario («{other}»), no a «{this}».</translation>
        </message>
        <message>
            <source>This session was saved by a newer version of the app (format {found}); this version reads format {known}.</source>
            <translation>Esta sesión se guardó con una versión más nueva de la aplicación (formato {found}); esta versión lee el formato {known}.</translation>
        </message>
        <message>
            <source>This session was saved with another version of “{this}” and no longer fits it: {problem}</source>
            <translation>Esta sesión se guardó con otra versión de «{this}» y ya no corresponde: {problem}</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>una lista</translation>
        </message>
        <message>
            <source>a list of the stages seen, from 0 to {last}</source>
            <translation>una lista de las etapas vistas, de 0 a {last}</translation>
        </message>
        <message>
            <source>a share from 0 to 1, or null</source>
            <translation>una proporción de 0 a 1, o null</translation>
        </message>
        <message>
            <source>a stage with a quiz</source>
            <translation>una etapa con cuestionario</translation>
        </message>
        <message>
            <source>a whole number from {low} to {high}</source>
            <translation>un número entero de {low} a {high}</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>un objeto</translation>
        </message>
        <message>
            <source>an object naming the scenario: id, language, title</source>
            <translation>un objeto que nombra el escenario: id, language, title</translation>
        </message>
        <message>
            <source>an object with the lists “removed” and “actions”</source>
            <translation>un objeto con las listas «removed» y «actions»</translation>
        </message>
        <message>
            <source>an object, or null</source>
            <translation>un objeto, o null</translation>
        </message>
        <message>
            <source>ids of this scenario’s actors</source>
            <translation>ids de los actores de este escenario</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nada</translation>
        </message>
        <message>
            <source>policies as the scenario’s presets write them</source>
            <translation>políticas tal como las escriben los presets del escenario</translation>
        </message>
        <message>
            <source>text</source>
            <translation>texto</translation>
        </message>
        <message>
            <source>the id of one of this scenario’s actors, or null</source>
            <translation>el id de uno de los actores de este escenario, o null</translation>
        </message>
        <message>
            <source>the id of one of this scenario’s stages</source>
            <translation>el id de una de las etapas de este escenario</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true o false</translation>
        </message>
    </context>
    <context>
        <name>spoken</name>
        <message numerus="yes">
            <source>%n actor(s), in the order of the stages.</source>
            <translation>
                <numerusform>%n actor, en el orden de las etapas.</numerusform>
                <numerusform>%n actores, en el orden de las etapas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n route(s) changed: see the changes list.</source>
            <translation>
                <numerusform>%n ruta cambió: consulta la lista de cambios.</numerusform>
                <numerusform>%n rutas cambiaron: consulta la lista de cambios.</numerusform>
            </translation>
        </message>
        <message>
            <source>Active {groups} (baseline {baseline})</source>
            <translation>{groups} activos (línea base {baseline})</translation>
        </message>
        <message>
            <source>Arrow keys move between actors; Enter opens one; Delete removes it.</source>
            <translation>Las flechas mueven entre actores; Enter abre uno; Suprimir lo elimina.</translation>
        </message>
        <message>
            <source>Before you see it: {change}. Say what you expect in the side panel, skip, or cancel the change.</source>
            <translation>Antes de verlo: {change}. Di qué esperas en el panel lateral, omítelo o cancela el cambio.</translation>
        </message>
        <message numerus="yes">
            <source>Changed routes: %n</source>
            <translation>
                <numerusform>Rutas cambiadas: %n</numerusform>
                <numerusform>Rutas cambiadas: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Data table</source>
            <translation>Tabla de datos</translation>
        </message>
        <message>
            <source>From {source} to {target}: {delta}</source>
            <translation>De {source} a {target}: {delta}</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mes</translation>
        </message>
        <message>
            <source>No route carries more or less than at the baseline.</source>
            <translation>Ninguna ruta lleva más ni menos que en la línea base.</translation>
        </message>
        <message>
            <source>Not yet active: it may enter if a shortage pushes prices up ({note}).</source>
            <translation>Todavía no activo: puede entrar si una escasez sube los precios ({note}).</translation>
        </message>
        <message>
            <source>Play the months to add rows.</source>
            <translation>Reproduce los meses para agregar filas.</translation>
        </message>
        <message>
            <source>Price index</source>
            <translation>Índice de precios</translation>
        </message>
        <message>
            <source>Removed; at the baseline {baseline} {units} a month ({note}).</source>
            <translation>Eliminado; en la línea base, {baseline} {units} al mes ({note}).</translation>
        </message>
        <message>
            <source>Routes that carry more or less than at the baseline, largest change first ({note}).</source>
            <translation>Rutas que llevan más o menos que en la línea base, del cambio mayor al menor ({note}).</translation>
        </message>
        <message>
            <source>Share of baseline</source>
            <translation>Proporción de la línea base</translation>
        </message>
        <message>
            <source>Supply reaching {destination} ({units} a month)</source>
            <translation>Suministro que llega a {destination} ({units} al mes)</translation>
        </message>
        <message>
            <source>The chart's numbers, month by month after the current plan. {note} {rest}</source>
            <translation>Los números de la gráfica, mes a mes, después del plan actual. {note} {rest}</translation>
        </message>
        <message>
            <source>The chart's numbers, month by month, are in View &gt; Data table.</source>
            <translation>Los números de la gráfica, mes a mes, están en Ver &gt; Tabla de datos.</translation>
        </message>
        <message>
            <source>{actor} (not yet active)</source>
            <translation>{actor} (todavía no activo)</translation>
        </message>
        <message>
            <source>{actor} (removed)</source>
            <translation>{actor} (eliminado)</translation>
        </message>
        <message>
            <source>{actor}: {flow} Details in the side panel.</source>
            <translation>{actor}: {flow} Detalles en el panel lateral.</translation>
        </message>
        <message>
            <source>{amount} {units} a month; baseline {baseline} ({note}).</source>
            <translation>{amount} {units} al mes; línea base {baseline} ({note}).</translation>
        </message>
        <message>
            <source>{kind_and_region}; {stage}.</source>
            <translation>{kind_and_region}; {stage}.</translation>
        </message>
        <message>
            <source>{verb} {amount} {units} a month in month {month}; baseline {baseline} ({note}).</source>
            <translation>{verb} {amount} {units} al mes en el mes {month}; línea base {baseline} ({note}).</translation>
        </message>
        <message>
            <source>{verb} {amount} {units} a month now; baseline {baseline} ({note}).</source>
            <translation>{verb} {amount} {units} al mes ahora; línea base {baseline} ({note}).</translation>
        </message>
    </context>
</TS>

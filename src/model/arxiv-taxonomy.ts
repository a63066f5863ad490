/**
 * arXiv's subject taxonomy (archives and subject classes) as listed at
 * https://arxiv.org/category_taxonomy, with arXiv's official English names.
 *
 * The rows are stored as one tab-separated string and expanded once at load
 * time, which keeps the bundle much smaller than an array of object literals.
 *
 * @module
 */

/**
 * One row of arXiv's subject taxonomy.
 *
 * @example
 * const row: TaxonomyEntry = { id: "cs.CL", archive: "cs", code: "CL", name: "Computation and Language" };
 */
export interface TaxonomyEntry {
  /** Full identifier, e.g. "cs.CL", "cond-mat.mes-hall", or "hep-th" for archives without subject classes. */
  readonly id: string;
  /** The archive, e.g. "cs", "cond-mat", "hep-th". */
  readonly archive: string;
  /** The part after the dot ("CL", "mes-hall"), or the archive id itself for archives without subject classes ("hep-th"). */
  readonly code: string;
  /** arXiv's official English name, e.g. "Computation and Language". */
  readonly name: string;
}

/**
 * Expands the tab-separated taxonomy table (archive TAB code TAB name per line) into entries.
 *
 * Blank lines are ignored. When the code equals the archive (standalone archives such as
 * "hep-th"), the id is the archive alone; otherwise it is `${archive}.${code}`.
 */
function compact(table: string): readonly TaxonomyEntry[] {
  const entries: TaxonomyEntry[] = [];
  for (const line of table.split("\n")) {
    if (line.trim() === "") continue;
    const [archive = "", code = "", name = ""] = line.split("\t");
    entries.push(
      Object.freeze({ id: code === archive ? archive : `${archive}.${code}`, archive, code, name }),
    );
  }
  return Object.freeze(entries);
}

/**
 * Every arXiv subject class, grouped by archive in the order of arXiv's taxonomy page.
 *
 * Includes the standalone physics archives (gr-qc, hep-ex, hep-lat, hep-ph, hep-th, math-ph,
 * nucl-ex, nucl-th, quant-ph), whose single entry has `code === archive`, and both sides of
 * every alias pair arXiv lists (cs.SY/eess.SY, cs.IT/math.IT, cs.NA/math.NA, math.ST/stat.TH,
 * math.MP/math-ph, q-fin.EC/econ.GN), because a listing may show either code.
 * 155 entries in all.
 *
 * @example
 * const byId = new Map(ARXIV_TAXONOMY.map((e) => [e.id, e]));
 * byId.get("cs.CL")?.name;   // "Computation and Language"
 * byId.get("hep-th")?.code;  // "hep-th"
 * ARXIV_TAXONOMY.filter((e) => e.archive === "eess").length; // 4
 */
export const ARXIV_TAXONOMY: readonly TaxonomyEntry[] = /* @__PURE__ */ compact(`
cs	AI	Artificial Intelligence
cs	AR	Hardware Architecture
cs	CC	Computational Complexity
cs	CE	Computational Engineering, Finance, and Science
cs	CG	Computational Geometry
cs	CL	Computation and Language
cs	CR	Cryptography and Security
cs	CV	Computer Vision and Pattern Recognition
cs	CY	Computers and Society
cs	DB	Databases
cs	DC	Distributed, Parallel, and Cluster Computing
cs	DL	Digital Libraries
cs	DM	Discrete Mathematics
cs	DS	Data Structures and Algorithms
cs	ET	Emerging Technologies
cs	FL	Formal Languages and Automata Theory
cs	GL	General Literature
cs	GR	Graphics
cs	GT	Computer Science and Game Theory
cs	HC	Human-Computer Interaction
cs	IR	Information Retrieval
cs	IT	Information Theory
cs	LG	Machine Learning
cs	LO	Logic in Computer Science
cs	MA	Multiagent Systems
cs	MM	Multimedia
cs	MS	Mathematical Software
cs	NA	Numerical Analysis
cs	NE	Neural and Evolutionary Computing
cs	NI	Networking and Internet Architecture
cs	OH	Other Computer Science
cs	OS	Operating Systems
cs	PF	Performance
cs	PL	Programming Languages
cs	RO	Robotics
cs	SC	Symbolic Computation
cs	SD	Sound
cs	SE	Software Engineering
cs	SI	Social and Information Networks
cs	SY	Systems and Control
econ	EM	Econometrics
econ	GN	General Economics
econ	TH	Theoretical Economics
eess	AS	Audio and Speech Processing
eess	IV	Image and Video Processing
eess	SP	Signal Processing
eess	SY	Systems and Control
math	AC	Commutative Algebra
math	AG	Algebraic Geometry
math	AP	Analysis of PDEs
math	AT	Algebraic Topology
math	CA	Classical Analysis and ODEs
math	CO	Combinatorics
math	CT	Category Theory
math	CV	Complex Variables
math	DG	Differential Geometry
math	DS	Dynamical Systems
math	FA	Functional Analysis
math	GM	General Mathematics
math	GN	General Topology
math	GR	Group Theory
math	GT	Geometric Topology
math	HO	History and Overview
math	IT	Information Theory
math	KT	K-Theory and Homology
math	LO	Logic
math	MG	Metric Geometry
math	MP	Mathematical Physics
math	NA	Numerical Analysis
math	NT	Number Theory
math	OA	Operator Algebras
math	OC	Optimization and Control
math	PR	Probability
math	QA	Quantum Algebra
math	RA	Rings and Algebras
math	RT	Representation Theory
math	SG	Symplectic Geometry
math	SP	Spectral Theory
math	ST	Statistics Theory
astro-ph	CO	Cosmology and Nongalactic Astrophysics
astro-ph	EP	Earth and Planetary Astrophysics
astro-ph	GA	Astrophysics of Galaxies
astro-ph	HE	High Energy Astrophysical Phenomena
astro-ph	IM	Instrumentation and Methods for Astrophysics
astro-ph	SR	Solar and Stellar Astrophysics
cond-mat	dis-nn	Disordered Systems and Neural Networks
cond-mat	mes-hall	Mesoscale and Nanoscale Physics
cond-mat	mtrl-sci	Materials Science
cond-mat	other	Other Condensed Matter
cond-mat	quant-gas	Quantum Gases
cond-mat	soft	Soft Condensed Matter
cond-mat	stat-mech	Statistical Mechanics
cond-mat	str-el	Strongly Correlated Electrons
cond-mat	supr-con	Superconductivity
gr-qc	gr-qc	General Relativity and Quantum Cosmology
hep-ex	hep-ex	High Energy Physics - Experiment
hep-lat	hep-lat	High Energy Physics - Lattice
hep-ph	hep-ph	High Energy Physics - Phenomenology
hep-th	hep-th	High Energy Physics - Theory
math-ph	math-ph	Mathematical Physics
nlin	AO	Adaptation and Self-Organizing Systems
nlin	CD	Chaotic Dynamics
nlin	CG	Cellular Automata and Lattice Gases
nlin	PS	Pattern Formation and Solitons
nlin	SI	Exactly Solvable and Integrable Systems
nucl-ex	nucl-ex	Nuclear Experiment
nucl-th	nucl-th	Nuclear Theory
physics	acc-ph	Accelerator Physics
physics	ao-ph	Atmospheric and Oceanic Physics
physics	app-ph	Applied Physics
physics	atm-clus	Atomic and Molecular Clusters
physics	atom-ph	Atomic Physics
physics	bio-ph	Biological Physics
physics	chem-ph	Chemical Physics
physics	class-ph	Classical Physics
physics	comp-ph	Computational Physics
physics	data-an	Data Analysis, Statistics and Probability
physics	ed-ph	Physics Education
physics	flu-dyn	Fluid Dynamics
physics	gen-ph	General Physics
physics	geo-ph	Geophysics
physics	hist-ph	History and Philosophy of Physics
physics	ins-det	Instrumentation and Detectors
physics	med-ph	Medical Physics
physics	optics	Optics
physics	plasm-ph	Plasma Physics
physics	pop-ph	Popular Physics
physics	soc-ph	Physics and Society
physics	space-ph	Space Physics
quant-ph	quant-ph	Quantum Physics
q-bio	BM	Biomolecules
q-bio	CB	Cell Behavior
q-bio	GN	Genomics
q-bio	MN	Molecular Networks
q-bio	NC	Neurons and Cognition
q-bio	OT	Other Quantitative Biology
q-bio	PE	Populations and Evolution
q-bio	QM	Quantitative Methods
q-bio	SC	Subcellular Processes
q-bio	TO	Tissues and Organs
q-fin	CP	Computational Finance
q-fin	EC	Economics
q-fin	GN	General Finance
q-fin	MF	Mathematical Finance
q-fin	PM	Portfolio Management
q-fin	PR	Pricing of Securities
q-fin	RM	Risk Management
q-fin	ST	Statistical Finance
q-fin	TR	Trading and Market Microstructure
stat	AP	Applications
stat	CO	Computation
stat	ME	Methodology
stat	ML	Machine Learning
stat	OT	Other Statistics
stat	TH	Statistics Theory
`);

/**
 * Official English name of each arXiv archive, keyed by archive id.
 *
 * @example
 * ARCHIVE_NAMES["cs"];       // "Computer Science"
 * ARCHIVE_NAMES["cond-mat"]; // "Condensed Matter"
 * ARCHIVE_NAMES["hep-th"];   // "High Energy Physics - Theory"
 */
export const ARCHIVE_NAMES: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({
  cs: "Computer Science",
  econ: "Economics",
  eess: "Electrical Engineering and Systems Science",
  math: "Mathematics",
  "astro-ph": "Astrophysics",
  "cond-mat": "Condensed Matter",
  "gr-qc": "General Relativity and Quantum Cosmology",
  "hep-ex": "High Energy Physics - Experiment",
  "hep-lat": "High Energy Physics - Lattice",
  "hep-ph": "High Energy Physics - Phenomenology",
  "hep-th": "High Energy Physics - Theory",
  "math-ph": "Mathematical Physics",
  nlin: "Nonlinear Sciences",
  "nucl-ex": "Nuclear Experiment",
  "nucl-th": "Nuclear Theory",
  physics: "Physics",
  "quant-ph": "Quantum Physics",
  "q-bio": "Quantitative Biology",
  "q-fin": "Quantitative Finance",
  stat: "Statistics",
});

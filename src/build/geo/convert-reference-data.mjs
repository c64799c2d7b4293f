#!/usr/bin/env node
// Converts the published French reference data into the compact files that
// annonces.geo.Communes loads at start-up (src/main/resources/geo/).
//
// Usage (see src/main/resources/geo/NOTICE.md for the full procedure):
//   node src/build/geo/convert-reference-data.mjs <codes-postaux dir> <decoupage-administratif dir> [out dir]
// where each dir is an unpacked `npm pack` tarball (the folder holding package.json).
// The output dir defaults to src/main/resources/geo next to this script.
//
// The output is deterministic (sorted rows, gzip without timestamp) so that a
// regeneration from the same package versions leaves git with nothing to commit.

import {readFileSync, writeFileSync, mkdirSync} from 'node:fs'
import {join, dirname, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {gzipSync, constants} from 'node:zlib'

const EXPECTED = {
  'codes-postaux': '4.1.2',
  '@etalab/decoupage-administratif': '6.0.0'
}

const here = dirname(fileURLToPath(import.meta.url))
const [cpDir, daDir, outArg] = process.argv.slice(2)
if (!cpDir || !daDir) {
  console.error('usage: node convert-reference-data.mjs <codes-postaux dir> <decoupage-administratif dir> [out dir]')
  process.exit(2)
}
const outDir = resolve(outArg ?? join(here, '../../main/resources/geo'))

const readJson = path => JSON.parse(readFileSync(path, 'utf8'))

function checkPackage(dir) {
  const pkg = readJson(join(dir, 'package.json'))
  if (!(pkg.name in EXPECTED)) throw new Error(`${dir} holds ${pkg.name}, not one of ${Object.keys(EXPECTED)}`)
  if (pkg.version !== EXPECTED[pkg.name]) {
    // Not fatal: a newer vintage is the usual reason to rerun this script, but NOTICE.md must then be updated too.
    console.warn(`warning: ${pkg.name} is ${pkg.version}, NOTICE.md documents ${EXPECTED[pkg.name]}`)
  }
  return pkg
}

checkPackage(cpDir)
checkPackage(daDir)

const codesPostaux = readJson(join(cpDir, 'codes-postaux.json'))
const communesAll = readJson(join(daDir, 'data/communes.json'))
const departements = readJson(join(daDir, 'data/departements.json'))
const regions = readJson(join(daDir, 'data/regions.json'))

// Paris, Lyon and Marseille are split into arrondissements municipaux, each with its
// own INSEE code and postcode(s); the parent commune only repeats them, so it is
// left out and its name becomes an alias of every arrondissement.
const parentsOfArrondissements = new Set(
  communesAll.filter(c => c.type === 'arrondissement-municipal').map(c => c.commune))
const isCurrent = c => (c.type === 'commune-actuelle' && !parentsOfArrondissements.has(c.code))
  || c.type === 'arrondissement-municipal'

const current = new Map()
for (const c of communesAll) {
  if (isCurrent(c)) {
    current.set(c.code, {...c, aliases: new Set()})
  }
}
const byCodeAnyType = new Map()
for (const c of communesAll) {
  if (!byCodeAnyType.has(c.code)) byCodeAnyType.set(c.code, [])
  byCodeAnyType.get(c.code).push(c)
}
const parentName = code => communesAll.find(c => c.code === code && c.type === 'commune-actuelle').nom

for (const c of current.values()) {
  if (c.type === 'arrondissement-municipal') c.aliases.add(parentName(c.commune))
}
// Former communes merged into a commune nouvelle (communes déléguées / associées):
// people still write their village's name, so it is accepted as an alias.
for (const c of communesAll) {
  if ((c.type === 'commune-deleguee' || c.type === 'commune-associee') && current.has(c.chefLieu)) {
    const target = current.get(c.chefLieu)
    if (target.nom !== c.nom) target.aliases.add(c.nom)
  }
}

// Old INSEE codes still present in the postcode file → the current commune.
const formerCode = new Map()
for (const c of current.values()) for (const old of c.anciensCodes ?? []) formerCode.set(old, c.code)
function currentCodeOf(code) {
  if (current.has(code)) return code
  for (const c of byCodeAnyType.get(code) ?? []) {
    if (c.chefLieu && current.has(c.chefLieu)) return c.chefLieu
  }
  return formerCode.get(code)
}

// (postcode, commune) pairs: the union of La Poste's pairs carried by
// decoupage-administratif and of the codes-postaux pairs (which also bring the
// libellé d'acheminement). Each source misses a few hundred real pairs of the other.
const pairs = new Map()
const pairOf = (postcode, insee) => {
  if (!/^\d{5}$/.test(postcode)) throw new Error(`unexpected postcode ${postcode} for ${insee}`)
  const key = `${postcode}\t${insee}`
  if (!pairs.has(key)) pairs.set(key, {postcode, insee, labels: new Set()})
  return pairs.get(key)
}
for (const c of current.values()) for (const p of c.codesPostaux ?? []) pairOf(p, c.code)

const dropped = []
let remapped = 0
for (const e of codesPostaux) {
  const insee = currentCodeOf(e.codeCommune)
  if (!insee) {
    dropped.push(e)
    continue
  }
  if (insee !== e.codeCommune) remapped++
  pairOf(e.codePostal, insee).labels.add(e.libelleAcheminement)
}

// Lists inside a column are joined with '|', so neither a column nor a list item may hold its separator.
const checked = separators => s => {
  const v = String(s ?? '')
  if (separators.test(v)) throw new Error(`value contains a separator: ${JSON.stringify(v)}`)
  return v
}
const clean = checked(/[\t\r\n]/)
const cleanItem = checked(/[\t\r\n|:]/)
const byCode = (a, b) => (a < b ? -1 : (a > b ? 1 : 0))

// Same folding as annonces.geo.CityNames: a delivery label that folds to the commune's
// own name teaches the matcher nothing, so only the differing ones are kept. That is
// what keeps the file at a few hundred KB (the labels are mostly the name in capitals).
const fold = s => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  .replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ß/g, 'ss').replace(/[^a-z0-9]+/g, ' ').trim()
  .split(' ').map(w => (w === 'st' ? 'saint' : (w === 'ste' ? 'sainte' : w))).join(' ')

const pairsByCommune = new Map()
for (const pair of pairs.values()) {
  if (!pairsByCommune.has(pair.insee)) pairsByCommune.set(pair.insee, [])
  pairsByCommune.get(pair.insee).push(pair)
}

const header = ['inseeCode', 'name', 'departmentCode', 'regionCode', 'population', 'postcodes', 'deliveryLabels', 'aliases']
let keptLabels = 0
const rows = [...pairsByCommune.keys()].sort(byCode).map(insee => {
  const c = current.get(insee)
  const own = pairsByCommune.get(insee).sort((a, b) => byCode(a.postcode, b.postcode))
  const labels = own.flatMap(pair => [...pair.labels].sort(byCode)
    .filter(label => fold(label) !== fold(c.nom))
    .map(label => `${pair.postcode}:${cleanItem(label)}`))
  keptLabels += labels.length
  return [
    c.code,
    c.nom,
    c.departement,
    c.region,
    c.population ?? '',
    own.map(pair => pair.postcode).join('|'),
    labels.join('|'),
    [...c.aliases].sort(byCode).map(cleanItem).join('|')
  ].map(clean).join('\t')
})

const tsv = lines => lines.join('\n') + '\n'
mkdirSync(outDir, {recursive: true})
// Node's gzip header carries no timestamp or file name, so the bytes depend only on the input.
const communesGz = gzipSync(tsv(['#' + header.join('\t'), ...rows]), {level: constants.Z_BEST_COMPRESSION})
writeFileSync(join(outDir, 'communes.tsv.gz'), communesGz)

const departmentRows = departements.map(d => [d.code, d.nom, d.region].map(clean).join('\t'))
writeFileSync(join(outDir, 'departments.tsv'), tsv(['#code\tname\tregionCode', ...departmentRows]))
const regionRows = regions.map(r => [r.code, r.nom].map(clean).join('\t'))
writeFileSync(join(outDir, 'regions.tsv'), tsv(['#code\tname', ...regionRows]))

// Consistency checks the Java side relies on.
const deptCodes = new Set(departements.map(d => d.code))
const regionCodes = new Set(regions.map(r => r.code))
for (const insee of pairsByCommune.keys()) {
  const c = current.get(insee)
  if (!deptCodes.has(c.departement)) throw new Error(`unknown department ${c.departement} of ${c.code}`)
  if (!regionCodes.has(c.region)) throw new Error(`unknown region ${c.region} of ${c.code}`)
}
for (const d of departements) {
  if (!regionCodes.has(d.region)) throw new Error(`unknown region ${d.region} of department ${d.code}`)
}

const namesPerPostcode = new Map()
for (const pair of pairs.values()) {
  const key = `${pair.postcode} ${fold(current.get(pair.insee).nom)}`
  namesPerPostcode.set(key, (namesPerPostcode.get(key) ?? 0) + 1)
}
const homonyms = [...namesPerPostcode].filter(([, n]) => n > 1).map(([k]) => k)

const withoutPostcode = [...current.values()].filter(c => !pairsByCommune.has(c.code))
console.log(`communes written: ${rows.length}; left out for want of a postcode: ${withoutPostcode.map(c => `${c.code} ${c.nom}`).join(', ') || 'none'}`)
console.log(`postcode/commune pairs: ${pairs.size}, distinct postcodes: ${new Set([...pairs.values()].map(p => p.postcode)).size}`)
console.log(`codes-postaux entries remapped to the current commune: ${remapped}, dropped (no current commune): ${dropped.length} ${dropped.map(e => e.codeCommune + ' ' + e.nomCommune).join(', ')}`)
console.log(`pairs without any delivery label: ${[...pairs.values()].filter(p => p.labels.size === 0).length}; labels kept (differing from the name): ${keptLabels}`)
console.log(`homonyms inside one postcode: ${homonyms.length ? homonyms.join(', ') : 'none'}`)
console.log(`departments: ${departmentRows.length}, regions: ${regionRows.length}; communes.tsv.gz ${communesGz.length} bytes in ${outDir}`)

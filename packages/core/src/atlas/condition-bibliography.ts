import type { BibliographyEntry } from './atlas.types.ts';

/**
 * Research behind the condition evidence summaries and the technique pages: guidelines,
 * Cochrane and other systematic reviews, and a few key trials. A DOI is given only where it
 * was checked; guidelines carry their public address instead.
 */
export const CONDITION_BIBLIOGRAPHY: readonly BibliographyEntry[] = [
  // Guidelines
  {
    key: 'nice-ng59-2016',
    citation:
      'National Institute for Health and Care Excellence. Low back pain and sciatica in over 16s: assessment and management. NICE guideline NG59. London: NICE; 2016 (updated 2020).',
    kind: 'guideline',
    url: 'https://www.nice.org.uk/guidance/ng59',
  },
  {
    key: 'nice-cg150-2012',
    citation:
      'National Institute for Health and Care Excellence. Headaches in over 12s: diagnosis and management. Clinical guideline CG150. London: NICE; 2012 (updated 2021).',
    kind: 'guideline',
    url: 'https://www.nice.org.uk/guidance/cg150',
  },
  {
    key: 'nice-ng206-2021',
    citation:
      'National Institute for Health and Care Excellence. Myalgic encephalomyelitis (or encephalopathy)/chronic fatigue syndrome: diagnosis and management. NICE guideline NG206. London: NICE; 2021.',
    kind: 'guideline',
    url: 'https://www.nice.org.uk/guidance/ng206',
  },
  {
    key: 'nice-ng226-2022',
    citation:
      'National Institute for Health and Care Excellence. Osteoarthritis in over 16s: diagnosis and management. NICE guideline NG226. London: NICE; 2022.',
    kind: 'guideline',
    url: 'https://www.nice.org.uk/guidance/ng226',
  },
  {
    key: 'clemens-2022',
    citation:
      'Clemens JQ, Erickson DR, Varela NP, Lai HH. Diagnosis and treatment of interstitial cystitis/bladder pain syndrome (AUA guideline amendment, updating Hanno et al.). J Urol. 2022;208(1):34-42. doi:10.1097/JU.0000000000002756',
    kind: 'guideline',
    url: 'https://www.auajournals.org/doi/10.1097/JU.0000000000002756',
  },
  {
    key: 'qaseem-2017',
    citation:
      'Qaseem A, Wilt TJ, McLean RM, Forciea MA; Clinical Guidelines Committee of the American College of Physicians. Noninvasive treatments for acute, subacute, and chronic low back pain: a clinical practice guideline from the American College of Physicians. Ann Intern Med. 2017;166(7):514-530.',
    kind: 'guideline',
  },
  {
    key: 'blanpied-2017',
    citation:
      'Blanpied PR, Gross AR, Elliott JM, et al. Neck pain: revision 2017. Clinical practice guidelines linked to the International Classification of Functioning, Disability and Health from the Orthopaedic Section of the American Physical Therapy Association. J Orthop Sports Phys Ther. 2017;47(7):A1-A83.',
    kind: 'guideline',
  },
  {
    key: 'macfarlane-2017',
    citation:
      'Macfarlane GJ, Kronisch C, Dean LE, et al. EULAR revised recommendations for the management of fibromyalgia. Ann Rheum Dis. 2017;76(2):318-328. doi:10.1136/annrheumdis-2016-209724',
    kind: 'guideline',
  },
  {
    key: 'martin-2014',
    citation:
      'Martin RL, Davenport TE, Reischl SF, et al. Heel pain—plantar fasciitis: revision 2014. J Orthop Sports Phys Ther. 2014;44(11):A1-A33.',
    kind: 'guideline',
  },
  {
    key: 'martin-2018',
    citation:
      'Martin RL, Chimenti R, Cuddeford T, et al. Achilles pain, stiffness, and muscle power deficits: midportion Achilles tendinopathy revision 2018. J Orthop Sports Phys Ther. 2018;48(5):A1-A38.',
    kind: 'guideline',
  },
  {
    key: 'collins-2018',
    citation:
      'Collins NJ, Barton CJ, van Middelkoop M, et al. 2018 Consensus statement on exercise therapy and physical interventions (orthoses, taping and manual therapy) to treat patellofemoral pain: recommendations from the 5th International Patellofemoral Pain Research Retreat, Gold Coast, Australia, 2017. Br J Sports Med. 2018;52(18):1170-1178.',
    kind: 'guideline',
  },
  {
    key: 'isl-2020',
    citation:
      'Executive Committee of the International Society of Lymphology. The diagnosis and treatment of peripheral lymphedema: 2020 consensus document of the International Society of Lymphology. Lymphology. 2020;53(1):3-19.',
    kind: 'guideline',
  },

  // Cochrane reviews
  {
    key: 'furlan-2015',
    citation:
      'Furlan AD, Giraldo M, Baskwill A, Irvin E, Imamura M. Massage for low-back pain. Cochrane Database Syst Rev. 2015;(9):CD001929. doi:10.1002/14651858.CD001929.pub3',
    kind: 'review',
  },
  {
    key: 'patel-2012',
    citation:
      'Patel KC, Gross A, Graham N, et al. Massage for mechanical neck disorders. Cochrane Database Syst Rev. 2012;(9):CD004871.',
    kind: 'review',
  },
  {
    key: 'page-2016-rotator-cuff',
    citation:
      'Page MJ, Green S, McBain B, et al. Manual therapy and exercise for rotator cuff disease. Cochrane Database Syst Rev. 2016;(6):CD012224.',
    kind: 'review',
  },
  {
    key: 'page-2014-frozen-shoulder',
    citation:
      'Page MJ, Green S, Kramer S, et al. Manual therapy and exercise for adhesive capsulitis (frozen shoulder). Cochrane Database Syst Rev. 2014;(8):CD011275.',
    kind: 'review',
  },
  {
    key: 'page-2012-carpal-tunnel',
    citation:
      "Page MJ, O'Connor D, Pitt V, Massy-Westropp N. Exercise and mobilisation interventions for carpal tunnel syndrome. Cochrane Database Syst Rev. 2012;(6):CD009899.",
    kind: 'review',
  },
  {
    key: 'loew-2014',
    citation:
      'Loew LM, Brosseau L, Tugwell P, et al. Deep transverse friction massage for treating lateral elbow or lateral knee tendinitis. Cochrane Database Syst Rev. 2014;(11):CD003528.',
    kind: 'review',
  },
  {
    key: 'povlsen-2014',
    citation:
      'Povlsen B, Hansson T, Povlsen SD. Treatment for thoracic outlet syndrome. Cochrane Database Syst Rev. 2014;(11):CD007218.',
    kind: 'review',
  },
  {
    key: 'ezzo-2015',
    citation:
      'Ezzo J, Manheimer E, McNeely ML, et al. Manual lymphatic drainage for lymphedema following breast cancer treatment. Cochrane Database Syst Rev. 2015;(5):CD003475.',
    kind: 'review',
  },
  {
    key: 'verhagen-2013',
    citation:
      'Verhagen AP, Bierma-Zeinstra SMA, Burdorf A, Stynes SM, de Vet HCW, Koes BW. Conservative interventions for treating work-related complaints of the arm, neck or shoulder in adults. Cochrane Database Syst Rev. 2013;(12):CD008742. doi:10.1002/14651858.CD008742.pub2',
    kind: 'review',
  },
  {
    key: 'french-2006',
    citation:
      'French SD, Cameron M, Walker BF, Reggars JW, Esterman AJ. Superficial heat or cold for low back pain. Cochrane Database Syst Rev. 2006;(1):CD004750.',
    kind: 'review',
  },

  // Other systematic and narrative reviews
  {
    key: 'liu-2018',
    citation:
      'Liu L, Huang QM, Liu QG, et al. Evidence for dry needling in the management of myofascial trigger points associated with low back pain: a systematic review and meta-analysis. Arch Phys Med Rehabil. 2018;99(1):144-152. doi:10.1016/j.apmr.2017.06.008',
    kind: 'review',
  },
  {
    key: 'cagnie-2015',
    citation:
      'Cagnie B, Castelein B, Pollie F, Steelant L, Verhoeyen H, Cools A. Evidence for the use of ischemic compression and dry needling in the management of trigger points of the upper trapezius in patients with neck pain: a systematic review. Am J Phys Med Rehabil. 2015;94(7):573-583. doi:10.1097/PHM.0000000000000266',
    kind: 'review',
  },
  {
    key: 'navarro-santana-2020',
    citation:
      'Navarro-Santana MJ, Sanchez-Infante J, Fernández-de-las-Peñas C, Cleland JA, Martín-Casas P, Plaza-Manzano G. Effectiveness of dry needling for myofascial trigger points associated with neck pain symptoms: an updated systematic review and meta-analysis. J Clin Med. 2020;9(10):3300. doi:10.3390/jcm9103300',
    kind: 'review',
  },
  {
    key: 'lew-2021',
    citation:
      'Lew J, Kim J, Nair P. Comparison of dry needling and trigger point manual therapy in patients with neck and upper back myofascial pain syndrome: a systematic review and meta-analysis. J Man Manip Ther. 2021;29(3):136-146. doi:10.1080/10669817.2020.1822618',
    kind: 'review',
  },
  {
    key: 'wong-2016',
    citation:
      'Wong JJ, Shearer HM, Mior S, et al. Are manual therapies, passive physical modalities, or acupuncture effective for the management of patients with whiplash-associated disorders or neck pain and associated disorders? An update of the Bone and Joint Decade Task Force on Neck Pain and Its Associated Disorders by the OPTIMa collaboration. Spine J. 2016;16(12):1598-1630. doi:10.1016/j.spinee.2015.08.024',
    kind: 'review',
  },
  {
    key: 'falsiroli-maistrello-2018',
    citation:
      'Falsiroli Maistrello L, Geri T, Gianola S, Zaninetti M, Testa M. Effectiveness of trigger point manual treatment on the frequency, intensity, and duration of attacks in primary headaches: a systematic review and meta-analysis of randomized controlled trials. Front Neurol. 2018;9:254. doi:10.3389/fneur.2018.00254',
    kind: 'review',
  },
  {
    key: 'chaibi-2014',
    citation:
      'Chaibi A, Russell MB. Manual therapies for primary chronic headaches: a systematic review of randomized controlled trials. J Headache Pain. 2014;15:67. doi:10.1186/1129-2377-15-67',
    kind: 'review',
  },
  {
    key: 'chaibi-2011',
    citation:
      'Chaibi A, Tuchin PJ, Russell MB. Manual therapies for migraine: a systematic review. J Headache Pain. 2011;12(2):127-133.',
    kind: 'review',
  },
  {
    key: 'do-2018',
    citation:
      'Do TP, Heldarskard GF, Kolding LT, Hvedstrup J, Schytz HW. Myofascial trigger points in migraine and tension-type headache. J Headache Pain. 2018;19(1):84. doi:10.1186/s10194-018-0913-8',
    kind: 'review',
  },
  {
    key: 'armijo-olivo-2016',
    citation:
      'Armijo-Olivo S, Pitance L, Singh V, Neto F, Thie N, Michelotti A. Effectiveness of manual therapy and therapeutic exercise for temporomandibular disorders: systematic review and meta-analysis. Phys Ther. 2016;96(1):9-25. doi:10.2522/ptj.20140548',
    kind: 'review',
  },
  {
    key: 'bisset-2005',
    citation:
      'Bisset L, Paungmali A, Vicenzino B, Beller E. A systematic review and meta-analysis of clinical trials on physical interventions for lateral epicondylalgia. Br J Sports Med. 2005;39(7):411-422.',
    kind: 'review',
  },
  {
    key: 'shmushkevich-2013',
    citation:
      'Shmushkevich Y, Kalichman L. Myofascial pain in lateral epicondylalgia: a review. J Bodyw Mov Ther. 2013;17(4):434-439. doi:10.1016/j.jbmt.2013.02.003',
    kind: 'review',
  },
  {
    key: 'hopayian-2010',
    citation:
      'Hopayian K, Song F, Riera R, Sambandan S. The clinical features of the piriformis syndrome: a systematic review. Eur Spine J. 2010;19(12):2095-2109.',
    kind: 'review',
  },
  {
    key: 'grimaldi-2015',
    citation:
      'Grimaldi A, Mellor R, Hodges P, Bennell K, Wajswelner H, Vicenzino B. Gluteal tendinopathy: a review of mechanisms, assessment and management. Sports Med. 2015;45(8):1107-1119.',
    kind: 'review',
  },
  {
    key: 'winters-2013',
    citation:
      'Winters M, Eskes M, Weir A, Moen MH, Backx FJG, Bakker EWP. Treatment of medial tibial stress syndrome: a systematic review. Sports Med. 2013;43(12):1315-1333. doi:10.1007/s40279-013-0087-0',
    kind: 'review',
  },
  {
    key: 'yuan-2015',
    citation:
      'Yuan SLK, Matsutani LA, Marques AP. Effectiveness of different styles of massage therapy in fibromyalgia: a systematic review and meta-analysis. Man Ther. 2015;20(2):257-264. doi:10.1016/j.math.2014.09.003',
    kind: 'review',
  },
  {
    key: 'reid-2005',
    citation:
      'Reid SA, Rivett DA. Manual therapy treatment of cervicogenic dizziness: a systematic review. Man Ther. 2005;10(1):4-13. doi:10.1016/j.math.2004.03.006',
    kind: 'review',
  },
  {
    key: 'lystad-2011',
    citation:
      'Lystad RP, Bell G, Bonnevie-Svendsen M, Carter CV. Manual therapy with and without vestibular rehabilitation for cervicogenic dizziness: a systematic review. Chiropr Man Therap. 2011;19:21. doi:10.1186/2045-709X-19-21',
    kind: 'review',
  },
  {
    key: 'proulx-2009',
    citation: 'Proulx AM, Zryd TW. Costochondritis: diagnosis and treatment. Am Fam Physician. 2009;80(6):617-620.',
    kind: 'review',
  },
  {
    key: 'ilyas-2007',
    citation:
      'Ilyas AM, Ast M, Schaffer AA, Thoder J. De Quervain tenosynovitis of the wrist. J Am Acad Orthop Surg. 2007;15(12):757-764.',
    kind: 'review',
  },
  {
    key: 'makkouk-2008',
    citation:
      'Makkouk AH, Oetgen ME, Swigart CR, Dodds SD. Trigger finger: etiology, evaluation, and treatment. Curr Rev Musculoskelet Med. 2008;1(2):92-96.',
    kind: 'review',
  },
  {
    key: 'allen-2012',
    citation: 'Allen RE, Kirby KA. Nocturnal leg cramps. Am Fam Physician. 2012;86(4):350-355.',
    kind: 'review',
  },
  {
    key: 'koop-2016',
    citation:
      'Koop H, Koprdova S, Schürmann C. Chronic abdominal wall pain: a poorly recognized clinical problem. Dtsch Arztebl Int. 2016;113(4):51-57.',
    kind: 'review',
  },
  {
    key: 'fernandez-de-las-penas-2005',
    citation:
      'Fernández-de-las-Peñas C, Sohrbeck Campo M, Fernández Carnero J, Miangolarra Page JC. Manual therapies in myofascial trigger point treatment: a systematic review. J Bodyw Mov Ther. 2005;9(1):27-34.',
    kind: 'review',
  },
  {
    key: 'page-2012-stretching',
    citation:
      'Page P. Current concepts in muscle stretching for exercise and rehabilitation. Int J Sports Phys Ther. 2012;7(1):109-119.',
    kind: 'review',
  },

  // Trials
  {
    key: 'bron-2011',
    citation:
      'Bron C, de Gast A, Dommerholt J, Stegenga B, Wensing M, Oostendorp RAB. Treatment of myofascial trigger points in patients with chronic shoulder pain: a randomized, controlled trial. BMC Med. 2011;9:8. doi:10.1186/1741-7015-9-8',
    kind: 'trial',
  },
  {
    key: 'cotchett-2014',
    citation:
      'Cotchett MP, Munteanu SE, Landorf KB. Effectiveness of trigger point dry needling for plantar heel pain: a randomized controlled trial. Phys Ther. 2014;94(8):1083-1094. doi:10.2522/ptj.20130255',
    kind: 'trial',
  },
  {
    key: 'hanten-2000',
    citation:
      'Hanten WP, Olson SL, Butts NL, Nowicki AL. Effectiveness of a home program of ischemic pressure followed by sustained stretch for treatment of myofascial trigger points. Phys Ther. 2000;80(10):997-1003. doi:10.1093/ptj/80.10.997',
    kind: 'trial',
  },
  {
    key: 'hallegraeff-2012',
    citation:
      'Hallegraeff JM, van der Schans CP, de Ruiter R, de Greef MHG. Stretching before sleep reduces the frequency and severity of nocturnal leg cramps in older adults: a randomised trial. J Physiother. 2012;58(1):17-22. doi:10.1016/S1836-9553(12)70068-1',
    kind: 'trial',
  },
  {
    key: 'fitzgerald-2012',
    citation:
      'FitzGerald MP, Payne CK, Lukacz ES, et al. Randomized multicenter clinical trial of myofascial physical therapy in women with interstitial cystitis/painful bladder syndrome and pelvic floor tenderness. J Urol. 2012;187(6):2113-2118.',
    kind: 'trial',
  },
  {
    key: 'anderson-2005',
    citation:
      'Anderson RU, Wise D, Sawyer T, Chan C. Integration of myofascial trigger point release and paradoxical relaxation training treatment of chronic pelvic pain in men. J Urol. 2005;174(1):155-160.',
    kind: 'study',
  },
];

import type { Condition } from './atlas.types.ts';

/**
 * Common complaints, the muscles whose trigger points can cause or add to them (most likely
 * first, after Travell & Simons), an honest summary of the research on trigger point and
 * manual therapy for each, and the warning signs that mean "see a doctor first".
 *
 * These entries help people look for a muscle source; they never diagnose, and no entry
 * recommends a medicine: where medicines come up, the text says to ask a doctor or pharmacist.
 */
export const CONDITIONS: readonly Condition[] = [
  // Back
  {
    id: 'chronic-low-back-pain',
    name: 'Chronic low back pain',
    aka: ['low back pain', 'lower back pain', 'lumbago', 'back ache', 'bad back', 'sore lower back', 'back spasm'],
    kind: 'condition',
    description:
      'An ache or stiffness across the low back that has lasted more than about three months, often worse after sitting, bending or getting out of bed. In most people no single damaged structure is found, and muscles such as the quadratus lumborum, the deep back muscles and the glutes can refer pain here. Staying active is the most helpful thing for most people.',
    regions: ['back.low', 'spine.lumbar', 'sacrum', 'sacroiliac', 'iliac-crest', 'buttock.upper'],
    muscles: [
      'quadratus-lumborum',
      'iliocostalis-lumborum',
      'thoracolumbar-multifidi',
      'gluteus-medius',
      'longissimus-thoracis',
      'psoas-major',
      'iliacus',
      'gluteus-maximus',
      'rectus-abdominis',
      'serratus-posterior-inferior',
    ],
    evidence: {
      level: 'low',
      summary:
        'Massage may ease chronic low back pain in the short term compared with no treatment, but the Cochrane review rated the evidence low to very low and found little lasting benefit (Furlan 2015). A meta-analysis of dry needling of trigger points in low back pain found short-term pain relief, from mostly small trials (Liu 2018). Guidelines advise manual therapy, including soft tissue techniques, only as part of a package that includes exercise (NICE NG59; ACP 2017).',
      sources: [
        { ref: 'furlan-2015' },
        { ref: 'liu-2018' },
        { ref: 'nice-ng59-2016', locator: 'non-invasive treatments: manual therapies' },
        { ref: 'qaseem-2017' },
      ],
    },
    redFlags: [
      'Loss of bladder or bowel control, or new difficulty passing urine: call an emergency number or go to an emergency department now.',
      'Numbness in the saddle area (between the legs or around the back passage), or new sexual problems with back pain: get emergency care now.',
      'Weakness in a leg or foot that is getting worse, such as a foot that slaps or drags.',
      'Back pain with fever, chills or feeling generally unwell.',
      'A history of cancer, or unexplained weight loss, with new back pain.',
      'Back pain after a major accident or fall, or after a minor fall if you have osteoporosis.',
      'Constant pain that is worse at night and not eased by rest or changing position.',
    ],
    askYourDoctor: [
      'Do my symptoms need any tests or a scan, or is it safe to keep active and see how it goes?',
      'Could a physiotherapist help me with an exercise programme, and could muscle trigger points be part of my pain?',
      'Is it safe for me to use firm pressure and heat, given my other health conditions and medicines?',
      'What should I do if my pain flares up again?',
    ],
    sources: [
      { ref: 'travell-1992', locator: 'Quadratus Lumborum Muscle; Iliopsoas Muscle; Gluteus Medius Muscle' },
      { ref: 'simons-1999', locator: 'Thoracolumbar Paraspinal Muscles; Abdominal Muscles' },
      { ref: 'davies-2013', locator: 'Midback, Low Back, and Buttock Pain' },
      { ref: 'nice-ng59-2016' },
    ],
  },
  {
    id: 'upper-back-pain',
    name: 'Upper back pain between the shoulder blades',
    aka: [
      'pain between shoulder blades',
      'upper back pain',
      'mid back pain',
      'knot in upper back',
      'rhomboid pain',
      'interscapular pain',
    ],
    kind: 'condition',
    description:
      'A nagging ache or burning spot between the shoulder blades, common with desk work, phone use and carrying bags. Much of it is referred from the neck (the scalenes and levator scapulae) as well as from the muscles where the pain is felt, such as the middle trapezius and rhomboids. Pain here can also come from the heart, lungs or organs, so the warning signs matter.',
    regions: ['interscapular', 'scapula.medial', 'spine.thoracic.upper', 'scapula.upper', 'back.mid'],
    muscles: [
      'middle-trapezius',
      'rhomboid-major',
      'levator-scapulae',
      'anterior-scalene',
      'serratus-posterior-superior',
      'lower-trapezius',
      'iliocostalis-thoracis',
      'serratus-anterior',
      'rhomboid-minor',
      'infraspinatus',
    ],
    evidence: {
      level: 'low',
      summary:
        'A small trial found that a home programme of trigger point pressure followed by stretching reduced pain and tenderness in people with neck and upper back trigger points (Hanten 2000). A meta-analysis found that manual trigger point therapy and dry needling both improved neck and upper back myofascial pain in the short to medium term, with neither clearly better (Lew 2021). The trials are small and mostly short.',
      sources: [{ ref: 'hanten-2000' }, { ref: 'lew-2021' }],
    },
    redFlags: [
      'Sudden, severe, tearing pain between the shoulder blades: call an emergency number now.',
      'Upper back pain with chest pain, breathlessness, sweating or feeling sick: call an emergency number now.',
      'Back pain with fever, unexplained weight loss, or a history of cancer.',
      'Pain after a fall or injury, especially if you have osteoporosis.',
      'Numbness or weakness in the legs, or new trouble walking.',
      'Pain linked to eating, or with yellowing of the skin or eyes.',
    ],
    askYourDoctor: [
      'Could this pain be coming from my neck rather than my back?',
      'Is there anything about my heart, lungs or stomach we should check first?',
      'Would changes to my desk set-up or a physiotherapy programme help?',
    ],
    sources: [
      {
        ref: 'simons-1999',
        locator: 'Trapezius; Rhomboid Muscles; Levator Scapulae; Scalene Muscles; Serratus Posterior Superior',
      },
      { ref: 'davies-2013', locator: 'Shoulder, Upper Back, and Upper Arm Pain' },
    ],
  },

  // Neck and head
  {
    id: 'neck-pain',
    name: 'Neck pain',
    aka: ['stiff neck', 'sore neck', 'crick in the neck', 'wry neck', 'neck ache', 'tight neck', 'tech neck'],
    kind: 'condition',
    description:
      'Aching, stiffness or a painful spot in the back or side of the neck, often with trouble turning the head. Trigger points in the upper trapezius and levator scapulae are among the most common muscle sources, and posture at screens, sleeping position and stress often keep them going. Most neck pain settles with time, movement and simple self-care.',
    regions: ['neck.back', 'spine.cervical', 'neck.side', 'neck.base', 'shoulder.top', 'suboccipital'],
    muscles: [
      'upper-trapezius',
      'levator-scapulae',
      'splenius-cervicis',
      'cervical-multifidi',
      'semispinalis-cervicis',
      'splenius-capitis',
      'sternocleidomastoid',
      'middle-scalene',
      'infraspinatus',
    ],
    evidence: {
      level: 'low',
      summary:
        'Systematic reviews find that trigger point pressure and dry needling reduce neck pain and tenderness in the short term (Cagnie 2015; Navarro-Santana 2020), and that manual pressure and needling work about equally well (Lew 2021). But the trials are small with short follow-up, and the Cochrane review of massage for neck pain could not make firm recommendations (Patel 2012). Guidelines put exercise and staying active first, with manual therapy as an add-on (Blanpied 2017).',
      sources: [
        { ref: 'cagnie-2015' },
        { ref: 'navarro-santana-2020' },
        { ref: 'lew-2021' },
        { ref: 'patel-2012' },
        { ref: 'blanpied-2017' },
      ],
    },
    redFlags: [
      'Neck pain after a fall, accident or blow to the head, especially with numbness or tingling: get checked before you move or massage the neck.',
      'Fever with a stiff neck, headache, a rash, or dislike of bright light: call an emergency number now.',
      'Sudden severe neck pain with dizziness, double vision, slurred speech or trouble swallowing: call an emergency number now.',
      'Numbness, weakness or clumsiness in both arms or hands, or new trouble with balance or walking.',
      'Neck, jaw or arm pain that comes on with exertion or with chest pain or breathlessness.',
      'A history of cancer, or unexplained weight loss, with new neck pain.',
    ],
    askYourDoctor: [
      'Is my neck pain likely to be muscular, and is it safe for me to massage and stretch it?',
      'Would a physiotherapist or exercise programme help me?',
      'Could my work set-up or sleeping position be keeping this going?',
    ],
    sources: [
      {
        ref: 'simons-1999',
        locator: 'Trapezius; Levator Scapulae; Splenius Capitis and Splenius Cervicis; Posterior Cervical Muscles',
      },
      { ref: 'davies-2013', locator: 'ch. 5, Head and Neck Pain' },
      { ref: 'blanpied-2017' },
    ],
  },
  {
    id: 'whiplash',
    name: 'Whiplash (whiplash-associated disorder)',
    aka: [
      'whiplash',
      'whiplash injury',
      'whiplash-associated disorder',
      'WAD',
      'neck pain after car accident',
      'neck sprain',
    ],
    kind: 'condition',
    description:
      'Neck pain and stiffness after the head was jerked back and forth, most often in a car crash, sometimes with headache, dizziness or pain between the shoulder blades. Muscles that were suddenly stretched, such as the sternocleidomastoid, scalenes and splenius capitis, can develop trigger points that keep pain going after the strain has healed. Most people recover within weeks to months, and gentle movement helps.',
    regions: ['neck.back', 'spine.cervical', 'neck.side', 'occiput', 'shoulder.top', 'interscapular'],
    muscles: [
      'sternocleidomastoid',
      'upper-trapezius',
      'splenius-capitis',
      'semispinalis-capitis',
      'levator-scapulae',
      'anterior-scalene',
      'middle-scalene',
      'suboccipitals',
      'longus-colli',
      'pectoralis-minor',
    ],
    evidence: {
      level: 'very-low',
      summary:
        'A large review for the OPTIMa collaboration found that, after whiplash, staying active with exercise and some forms of manual therapy may help, but the evidence for soft tissue and other passive treatments was limited (Wong 2016). There are no good trials of trigger point therapy specifically for whiplash. Keep pressure gentle in the first weeks, and have the neck checked after any significant crash.',
      sources: [{ ref: 'wong-2016' }, { ref: 'blanpied-2017' }],
    },
    redFlags: [
      'After a crash or fall: numbness or tingling in the arms or legs, weakness, or pain right over the bones of the spine needs medical assessment before any self-treatment.',
      'Severe headache, confusion, drowsiness, repeated vomiting or a seizure after the injury: call an emergency number now.',
      'Trouble swallowing or breathing, or new double vision or slurred speech: call an emergency number now.',
      'Being over 65, or a high-speed or rollover crash: get the neck checked even if it feels fine.',
      'Pain that keeps getting worse rather than better over the first weeks.',
    ],
    askYourDoctor: [
      'Has anything been broken or torn, and do I need an X-ray or scan?',
      'When is it safe to start gentle massage and stretching of my neck?',
      'Could a physiotherapist guide my return to normal activity?',
    ],
    sources: [
      { ref: 'simons-1999', locator: 'Sternocleidomastoid; Scalene Muscles; Splenius Capitis and Splenius Cervicis' },
      { ref: 'donnelly-2019' },
    ],
  },
  {
    id: 'tension-type-headache',
    name: 'Tension-type headache',
    aka: ['tension headache', 'stress headache', 'headache', 'band around head', 'pressure headache', 'daily headache'],
    kind: 'condition',
    description:
      'A dull, pressing or tight headache, often on both sides, like a band around the head, without the sickness or flashing lights of migraine. Trigger points in the trapezius, sternocleidomastoid, temporalis and the small muscles under the skull are common in people with this headache and refer pain to the temple, forehead and back of the head. Posture, jaw clenching, poor sleep and stress often feed it.',
    regions: ['forehead', 'temple', 'occiput', 'vertex', 'eyebrow', 'eye.behind', 'suboccipital', 'neck.back'],
    muscles: [
      'upper-trapezius',
      'sternocleidomastoid',
      'temporalis',
      'suboccipitals',
      'splenius-capitis',
      'semispinalis-capitis',
      'cervical-multifidi',
      'splenius-cervicis',
      'occipitalis',
      'frontalis',
    ],
    evidence: {
      level: 'very-low',
      summary:
        'Active trigger points in head and neck muscles are common in tension-type headache (Do 2018). A systematic review and meta-analysis found that manual trigger point treatment reduced how often and how strongly headaches came, but rated the certainty of that evidence very low because the trials were few, small and at risk of bias (Falsiroli Maistrello 2018); an earlier review of manual therapies for chronic tension-type headache was similarly limited (Chaibi 2014). Trigger point work is a reasonable thing to try alongside other care, but any benefit is uncertain.',
      sources: [
        { ref: 'do-2018' },
        { ref: 'falsiroli-maistrello-2018' },
        { ref: 'chaibi-2014' },
        { ref: 'nice-cg150-2012' },
      ],
    },
    redFlags: [
      'A sudden, severe headache that peaks within a minute or so ("the worst ever"): call an emergency number now.',
      'Headache with fever, a stiff neck, a rash, confusion or drowsiness: call an emergency number now.',
      'Headache after a head injury, especially with vomiting, drowsiness or confusion.',
      'New weakness, numbness, loss of vision, double vision, slurred speech or a seizure with a headache.',
      'A new kind of headache after the age of 50, especially with scalp tenderness, jaw pain when chewing or vision changes.',
      'Headaches that wake you, or are worse when lying down, coughing or straining.',
      'Headache on most days while often taking medicines for pain: ask your doctor or pharmacist, as taking them very often can itself cause headaches.',
    ],
    askYourDoctor: [
      'Is this tension-type headache, migraine, or something else?',
      'Could how often I take medicines for pain be making my headaches worse? (Ask your doctor or pharmacist.)',
      'Would physiotherapy, or treatment of my neck and jaw muscles, be worth trying?',
    ],
    sources: [
      {
        ref: 'simons-1999',
        locator: 'Trapezius; Sternocleidomastoid; Temporalis; Suboccipital Muscles; Posterior Cervical Muscles',
      },
      { ref: 'davies-2013', locator: 'ch. 5, Head and Neck Pain' },
      { ref: 'nice-cg150-2012' },
    ],
  },
  {
    id: 'migraine',
    name: 'Migraine',
    aka: ['migraine', 'migraines', 'sick headache', 'one-sided headache', 'throbbing headache', 'migraine with aura'],
    kind: 'condition',
    description:
      'Attacks of throbbing, often one-sided headache with sickness and sensitivity to light or sound, sometimes after visual or other warning signs (aura). Migraine is a brain condition, not a muscle problem, but neck and jaw trigger points are common in people with migraine and may help set off or prolong attacks. Trigger point work can be an add-on to medical care, not a replacement for it.',
    regions: ['temple', 'forehead', 'eye.behind', 'occiput', 'neck.back'],
    muscles: [
      'sternocleidomastoid',
      'upper-trapezius',
      'temporalis',
      'suboccipitals',
      'splenius-capitis',
      'semispinalis-capitis',
      'masseter',
    ],
    evidence: {
      level: 'very-low',
      summary:
        'Active trigger points are common in migraine and pressing them can bring on an attack (Do 2018). Two small trials pooled in a meta-analysis suggested fewer and shorter attacks after manual trigger point treatment, but the evidence was rated very low (Falsiroli Maistrello 2018), and reviews of manual therapies for migraine found only small, mixed trials (Chaibi 2011). NICE guidance on headaches centres on diagnosis, lifestyle and medical treatment and does not include trigger point therapy. Treat it as an add-on.',
      sources: [
        { ref: 'do-2018' },
        { ref: 'falsiroli-maistrello-2018' },
        { ref: 'chaibi-2011' },
        { ref: 'nice-cg150-2012' },
      ],
    },
    redFlags: [
      'A sudden, severe headache that peaks within a minute or so, unlike your usual migraine: call an emergency number now.',
      'Weakness or numbness on one side, slurred speech or a drooping face, even if you have had aura before: call an emergency number now.',
      'Aura that lasts more than an hour, or a first-ever aura after the age of 50.',
      'Headache with fever, a stiff neck, a rash or confusion.',
      'A clear change in your usual pattern, or headaches that keep getting worse.',
      'Migraine in pregnancy or just after giving birth that is new or different.',
    ],
    askYourDoctor: [
      'Is my diagnosis of migraine right, and what treatments suit me? (Ask your doctor or pharmacist about medicines.)',
      'Could treating neck and jaw muscles help as an add-on, and is it safe for me?',
      'Would a headache diary help us find my triggers?',
    ],
    sources: [
      { ref: 'simons-1999', locator: 'Sternocleidomastoid; Trapezius; Temporalis; Suboccipital Muscles' },
      { ref: 'nice-cg150-2012' },
    ],
  },
  {
    id: 'jaw-pain-tmd',
    name: 'Jaw pain and TMD',
    aka: [
      'jaw pain',
      'TMJ',
      'TMD',
      'temporomandibular disorder',
      'clicking jaw',
      'teeth grinding',
      'jaw clenching',
      'bruxism',
    ],
    kind: 'condition',
    description:
      'Aching in the jaw joint, cheek, temple or ear, often with clicking, tiredness when chewing or trouble opening the mouth wide. The chewing muscles, especially the masseter and lateral pterygoid, are a frequent source, and clenching or grinding keeps them tight. Trigger points here can also feel like toothache or earache.',
    regions: ['jaw.tmj', 'jaw.lower', 'cheek', 'ear', 'temple', 'teeth.upper', 'teeth.lower'],
    muscles: [
      'masseter',
      'lateral-pterygoid',
      'temporalis',
      'medial-pterygoid',
      'sternocleidomastoid',
      'digastric',
      'upper-trapezius',
    ],
    evidence: {
      level: 'low',
      summary:
        'A systematic review found that manual therapy, alone or with jaw exercises, improved pain and mouth opening in temporomandibular disorders, but most trials were small and of low to moderate quality (Armijo-Olivo 2016). Direct evidence for self-treatment of jaw trigger points is limited. A dentist or physiotherapist with an interest in TMD can help.',
      sources: [{ ref: 'armijo-olivo-2016' }],
    },
    redFlags: [
      'Jaw, neck or arm pain that comes on with exertion or comes with chest pain, breathlessness or sweating: call an emergency number now.',
      'Over 50 with new jaw pain when chewing plus headache, scalp tenderness or vision changes: see a doctor the same day.',
      'A jaw that suddenly locks open or shut.',
      'Swelling of the face or gums, fever, or a bad taste or pus near a tooth.',
      'Numbness of the face, lip or chin, or a lump in the face or neck.',
      'Jaw pain after a blow to the face.',
    ],
    askYourDoctor: [
      'Could my teeth or jaw joint be the cause, and should I see a dentist?',
      'Do I grind or clench my teeth at night, and would a mouth guard help?',
      'Would jaw exercises or physiotherapy suit me?',
    ],
    sources: [
      { ref: 'simons-1999', locator: 'Masseter; Temporalis; Lateral Pterygoid; Medial Pterygoid' },
      { ref: 'davies-2013', locator: 'ch. 5, Head and Neck Pain' },
    ],
  },
  {
    id: 'cervicogenic-dizziness',
    name: 'Dizziness of neck origin',
    aka: [
      'cervicogenic dizziness',
      'dizzy from neck',
      'neck dizziness',
      'unsteady',
      'lightheaded with neck pain',
      'off balance',
    ],
    kind: 'condition',
    description:
      'A sense of unsteadiness or light-headedness that comes with neck pain or stiffness and changes with neck movement. Travell and Simons describe dizziness and disturbed balance from the clavicular part of the sternocleidomastoid, and the small muscles under the skull feed the balance system. Dizziness has many causes, most not in the neck, so a doctor should look at it first.',
    regions: ['neck.back', 'suboccipital', 'occiput', 'neck.side'],
    muscles: [
      'sternocleidomastoid',
      'suboccipitals',
      'upper-trapezius',
      'splenius-cervicis',
      'splenius-capitis',
      'cervical-multifidi',
    ],
    evidence: {
      level: 'insufficient',
      summary:
        'There is not enough evidence to say whether trigger point work helps dizziness of neck origin: no trials have tested it. The trials that exist are of other treatments, mostly gentle joint mobilisation of the neck, which helped in small studies of low to moderate quality (Reid 2005; Lystad 2011); those results cannot be carried over to trigger point work. Other causes of dizziness must be ruled out first.',
      sources: [{ ref: 'reid-2005' }, { ref: 'lystad-2011' }],
    },
    redFlags: [
      'Dizziness with a drooping face, arm weakness, slurred speech, double vision, trouble swallowing or a sudden severe headache: call an emergency number now.',
      'Sudden neck pain and dizziness after a neck injury, a chiropractic adjustment or a sudden twist: call an emergency number now.',
      'Fainting, a racing or irregular heartbeat, or chest pain with dizziness.',
      'Spinning vertigo with hearing loss or ringing in one ear.',
      'Falls, or dizziness that keeps getting worse.',
    ],
    askYourDoctor: [
      'Could my dizziness come from my inner ear, blood pressure, heart or medicines rather than my neck? (Ask your doctor or pharmacist about medicines.)',
      'Would vestibular (balance) rehabilitation help me?',
      'Is it safe for me to massage the side of my neck?',
    ],
    sources: [
      { ref: 'simons-1999', locator: 'Sternocleidomastoid; Suboccipital Muscles' },
      { ref: 'davies-2013', locator: 'ch. 5, Head and Neck Pain' },
    ],
  },

  // Shoulder and chest
  {
    id: 'shoulder-pain',
    name: 'Shoulder pain',
    aka: [
      'sore shoulder',
      'shoulder ache',
      'rotator cuff',
      'impingement',
      'painful arc',
      'shoulder bursitis',
      'cannot lift arm',
    ],
    kind: 'condition',
    description:
      'Pain at the front, side or back of the shoulder, often felt down the outer upper arm and worse when lifting the arm, reaching behind or lying on that side. The rotator cuff muscles, especially the infraspinatus and supraspinatus, refer pain deep into the shoulder, and the subscapularis restricts lifting and turning the arm. Many people labelled with impingement or rotator cuff problems also have active trigger points.',
    regions: ['shoulder.front', 'shoulder.side', 'shoulder.back', 'arm.upper.lateral', 'scapula.body'],
    muscles: [
      'infraspinatus',
      'supraspinatus',
      'subscapularis',
      'deltoid',
      'teres-minor',
      'pectoralis-major',
      'anterior-scalene',
      'biceps-brachii',
      'teres-major',
      'coracobrachialis',
    ],
    evidence: {
      level: 'low',
      summary:
        'A randomised trial found that treating shoulder trigger points (pressure, stretching and advice) improved chronic shoulder pain more than a waiting list (Bron 2011). The Cochrane review of manual therapy and exercise for rotator cuff disease found the evidence of low quality, with benefits that may be too small to matter when compared with placebo (Page 2016). Trigger point work is a reasonable part of a wider exercise-based plan.',
      sources: [{ ref: 'bron-2011' }, { ref: 'page-2016-rotator-cuff' }],
    },
    redFlags: [
      'Left shoulder or arm pain with chest pain, breathlessness, sweating or feeling sick: call an emergency number now.',
      'A fall or injury after which you cannot lift the arm, or the shoulder looks out of shape.',
      'A hot, red, swollen shoulder, or shoulder pain with fever.',
      'Shoulder-tip pain together with belly pain, or during pregnancy: get urgent medical help.',
      'A history of cancer, unexplained weight loss, or a lump in the armpit.',
      'Pain spreading down the arm with numbness, tingling or weakness.',
    ],
    askYourDoctor: [
      'Is this a rotator cuff problem, a stiff (frozen) shoulder, or pain coming from my neck?',
      'Would a physiotherapy exercise programme help, and for how long?',
      'Do I need a scan, or can we try exercise first?',
    ],
    sources: [
      { ref: 'simons-1999', locator: 'Infraspinatus; Supraspinatus; Subscapularis; Deltoid' },
      { ref: 'davies-2013', locator: 'Shoulder, Upper Back, and Upper Arm Pain' },
    ],
  },
  {
    id: 'frozen-shoulder-like-stiffness',
    name: 'Frozen-shoulder-like stiffness',
    aka: [
      'frozen shoulder',
      'adhesive capsulitis',
      'stiff shoulder',
      'cannot reach behind back',
      'shoulder will not move',
    ],
    kind: 'condition',
    description:
      'A shoulder that becomes painful and then stiff, so that lifting the arm, reaching behind the back or doing up clothes becomes hard. True frozen shoulder is a thickening of the joint capsule that slowly recovers over months to years; trigger points in the subscapularis and other shoulder muscles can cause a similar, painful loss of movement. A doctor can tell them apart by how the joint moves.',
    regions: ['shoulder.front', 'shoulder.back', 'shoulder.side', 'arm.upper.lateral'],
    muscles: [
      'subscapularis',
      'pectoralis-major',
      'teres-major',
      'latissimus-dorsi',
      'infraspinatus',
      'teres-minor',
      'pectoralis-minor',
      'deltoid',
    ],
    evidence: {
      level: 'insufficient',
      summary:
        'There is not enough evidence to say whether trigger point work helps frozen shoulder: no good trials have tested it. The Cochrane review covered other treatments, joint mobilisation and exercise, and found low-quality evidence that they help less in the short term than an injection given by a doctor, with no clear sign that they add to it (Page 2014). Gentle work on the subscapularis and the chest muscles may ease pain while the shoulder recovers, but that rests on expert opinion, not trials.',
      sources: [{ ref: 'page-2014-frozen-shoulder' }],
    },
    redFlags: [
      'Shoulder pain with chest pain, breathlessness or sweating: call an emergency number now.',
      'Stiffness after a fall or injury, or a shoulder that looks out of shape.',
      'A hot, red, swollen shoulder, or fever.',
      'A history of cancer, or unexplained weight loss.',
      'Diabetes or thyroid disease with a stiff shoulder: let your doctor know, as these are linked.',
    ],
    askYourDoctor: [
      'Is this frozen shoulder or something else, and which stage am I in?',
      'Which stretches are safe for me now, and how hard should I push them?',
      'What treatments could speed things up, and what are their risks?',
    ],
    sources: [
      { ref: 'simons-1999', locator: 'Subscapularis; Pectoralis Major; Teres Major; Latissimus Dorsi' },
      { ref: 'davies-2013', locator: 'Shoulder, Upper Back, and Upper Arm Pain' },
    ],
  },
  {
    id: 'thoracic-outlet-like-symptoms',
    name: 'Thoracic-outlet-like symptoms',
    aka: [
      'thoracic outlet syndrome',
      'TOS',
      'arm goes numb',
      'tingling in little finger',
      'arm heaviness',
      'pins and needles in hand',
    ],
    kind: 'condition',
    description:
      'Aching in the neck, chest or armpit with tingling, numbness or heaviness down the inner arm into the ring and little fingers, often worse with the arms raised or when carrying. Tight scalene and pectoralis minor muscles can both refer pain in this pattern and narrow the space the nerves and vessels pass through. True thoracic outlet syndrome is uncommon and needs a specialist to diagnose.',
    regions: [
      'neck.side',
      'chest.upper',
      'axilla',
      'arm.upper.medial',
      'forearm.ulnar',
      'hypothenar',
      'finger.ring.back',
      'finger.ring.palm',
      'finger.little.back',
      'finger.little.palm',
    ],
    muscles: [
      'anterior-scalene',
      'middle-scalene',
      'pectoralis-minor',
      'subclavius',
      'posterior-scalene',
      'latissimus-dorsi',
      'serratus-posterior-superior',
      'upper-trapezius',
    ],
    evidence: {
      level: 'insufficient',
      summary:
        'The Cochrane review found very little good evidence for any treatment of thoracic outlet syndrome, physical or surgical (Povlsen 2014). Scalene and pectoralis minor trigger points are described as mimicking it (Travell and Simons), but there are no trials of trigger point therapy for it. Work near the front and side of the neck must be gentle because of the nerves and blood vessels there.',
      sources: [{ ref: 'povlsen-2014' }, { ref: 'simons-1999', locator: 'Scalene Muscles; Pectoralis Minor' }],
    },
    redFlags: [
      'A swollen, bluish, heavy arm with visible veins over the shoulder or chest: get urgent medical help (possible clot).',
      'A cold, pale or painful hand, or sores on the fingertips: get urgent medical help.',
      'Wasting or weakness of the hand muscles, or dropping things.',
      'Arm symptoms after a neck injury.',
      'Numbness in both arms, or numbness with leg symptoms or trouble walking.',
    ],
    askYourDoctor: [
      'Could these symptoms come from my neck, a nerve at the elbow or wrist, or the thoracic outlet?',
      'Do I need nerve tests or a scan of the blood vessels?',
      'Is it safe for me to massage the scalene and chest muscles?',
    ],
    sources: [
      { ref: 'simons-1999', locator: 'Scalene Muscles; Pectoralis Minor; Subclavius' },
      { ref: 'davies-2013', locator: 'Shoulder, Upper Back, and Upper Arm Pain' },
    ],
  },
  {
    id: 'chest-wall-pain',
    name: 'Chest wall pain (non-cardiac)',
    aka: ['chest muscle pain', 'costochondritis', 'sore chest', 'rib pain', 'pec strain', 'chest wall syndrome'],
    kind: 'condition',
    description:
      'Aching or sharp pain in the front or side of the chest that can be reproduced by pressing on the chest muscles or rib joints, or by certain arm movements. The pectoralis major, sternalis and the muscles between the ribs can refer pain across the chest and down the arm, very like heart pain. Only think of a muscle cause after a doctor has ruled out the heart and lungs.',
    regions: ['sternum', 'chest.pectoral', 'chest.upper', 'chest.lateral', 'chest.lower'],
    muscles: [
      'pectoralis-major',
      'sternalis',
      'pectoralis-minor',
      'intercostals',
      'serratus-anterior',
      'sternocleidomastoid',
      'anterior-scalene',
      'subclavius',
    ],
    evidence: {
      level: 'very-low',
      summary:
        'There are few trials of any treatment for musculoskeletal chest wall pain; common practice is reassurance, avoiding the straining activity, and heat or stretching (Proulx 2009). Travell and Simons describe pectoral and sternalis trigger points that mimic heart pain, but there are no controlled trials of trigger point therapy for it. Heart disease can coexist with tender chest muscles, so tenderness does not rule it out.',
      sources: [{ ref: 'proulx-2009' }, { ref: 'simons-1999', locator: 'Pectoralis Major; Sternalis' }],
    },
    redFlags: [
      'New chest pain that is crushing, pressing or tight, or spreads to the arm, jaw, neck or back: call an emergency number now.',
      'Chest pain with breathlessness, sweating, feeling sick, light-headedness or fainting: call an emergency number now.',
      'Chest pain that comes on with exertion and settles with rest: see a doctor before treating any muscles.',
      'Sudden sharp chest pain with breathlessness or coughing blood, especially after travel, surgery or with a swollen calf: call an emergency number now.',
      'Chest pain with fever and cough.',
      'A band of burning pain on one side, later with a rash (possible shingles).',
      'Over 35, or with heart disease, diabetes, high blood pressure or smoking: get checked before assuming the pain is muscular.',
    ],
    askYourDoctor: [
      'Have my heart and lungs been checked enough to call this chest wall pain?',
      'Which activities should I avoid while it settles?',
      'Is it safe for me to press and stretch my chest muscles?',
    ],
    sources: [
      { ref: 'simons-1999', locator: 'Pectoralis Major; Sternalis; Intercostal Muscles and Diaphragm' },
      { ref: 'davies-2013', locator: 'Chest and Abdominal Pain' },
      { ref: 'proulx-2009' },
    ],
  },

  // Elbow, wrist and hand
  {
    id: 'tennis-elbow',
    name: 'Tennis elbow',
    aka: [
      'tennis elbow',
      'lateral epicondylitis',
      'lateral epicondylalgia',
      'outer elbow pain',
      'mouse elbow',
      'sore elbow when gripping',
    ],
    kind: 'condition',
    description:
      'Pain on the outer side of the elbow, often spreading down the back of the forearm, worse when gripping, lifting with the palm down or turning a key. The tendon of the wrist extensors is often sore, and trigger points in the wrist extensors, supinator and brachioradialis refer pain to the same spot, as can the triceps and, from above the shoulder blade, the supraspinatus. It often comes from repeated gripping at work, in sport or at the computer.',
    regions: ['elbow.lateral', 'forearm.back', 'forearm.radial', 'wrist.back'],
    muscles: [
      'extensor-carpi-radialis-longus',
      'supinator',
      'brachioradialis',
      'extensor-carpi-radialis-brevis',
      'extensor-digitorum',
      'triceps-brachii',
      'supraspinatus',
      'anconeus',
    ],
    evidence: {
      level: 'very-low',
      summary:
        'A review found trigger points more common in people with tennis elbow, and three small trials of soft tissue treatment aimed at them reported less pain and better function (Shmushkevich 2013). A wider review of physical treatments found mixed, mostly short-term effects (Bisset 2005), and the Cochrane review of deep friction massage found too little evidence to judge it (Loew 2014). Exercise that gradually loads the tendon is the usual mainstay.',
      sources: [{ ref: 'shmushkevich-2013' }, { ref: 'bisset-2005' }, { ref: 'loew-2014' }],
    },
    redFlags: [
      'A fall or injury with swelling, bruising, or an elbow that will not straighten.',
      'A hot, red, swollen elbow, or elbow pain with fever.',
      'Numbness, tingling or weakness in the hand or fingers.',
      'Pain that spreads from the neck down the arm with pins and needles.',
    ],
    askYourDoctor: [
      'Is this tennis elbow, or could it come from my neck or a trapped nerve?',
      'Which strengthening exercises should I do, and how much should it hurt?',
      'Would a brace, or changes to my grip or work set-up, help?',
    ],
    sources: [
      {
        ref: 'simons-1999',
        locator:
          'Pain guide, lateral epicondylar pain; Hand Extensor and Brachioradialis Muscles; Supinator; Supraspinatus',
      },
      { ref: 'davies-2013', locator: 'Elbow, Forearm, and Hand Pain' },
    ],
  },
  {
    id: 'golfers-elbow',
    name: "Golfer's elbow",
    aka: ["golfer's elbow", 'golfers elbow', 'medial epicondylitis', 'inner elbow pain', 'inside elbow pain'],
    kind: 'condition',
    description:
      'Pain on the inner side of the elbow, sometimes spreading into the front of the forearm, worse when gripping, throwing or turning the palm down against resistance. The wrist and finger flexors and the pronator teres attach here, and overusing them strains their shared tendon. Travell and Simons trace pain referred to the inner elbow to trigger points in the triceps (the deep, inner part just above the elbow), the chest muscles (pectoralis major and minor) and the serratus anterior and serratus posterior superior. The ulnar nerve runs just behind this spot, so tingling in the little finger needs a closer look.',
    regions: ['elbow.medial', 'forearm.front', 'forearm.ulnar'],
    // T&S Vol. 1 pain guide, medial epicondylar pain: triceps, pectoralis major, pectoralis minor,
    // serratus anterior, serratus posterior superior (referral sources); then the flexor-origin muscles.
    muscles: [
      'triceps-brachii',
      'pectoralis-major',
      'pectoralis-minor',
      'serratus-anterior',
      'serratus-posterior-superior',
      'pronator-teres',
      'flexor-carpi-radialis',
      'flexor-carpi-ulnaris',
      'palmaris-longus',
      'flexor-digitorum-superficialis',
    ],
    evidence: {
      level: 'insufficient',
      summary:
        "There are almost no trials of trigger point or massage treatment for golfer's elbow; advice is based on trials in tennis elbow and on expert opinion. Gradual strengthening of the forearm muscles and changing the activity that strains them are the usual approach. Avoid pressing into the groove behind the inner elbow, where the ulnar nerve runs.",
      sources: [{ ref: 'simons-1999', locator: 'Hand and Finger Flexors in the Forearm' }],
    },
    redFlags: [
      'Tingling or numbness in the ring and little fingers, or weakness of the hand.',
      'A fall or injury with swelling or an elbow that will not move normally.',
      'A hot, red, swollen elbow, or fever.',
      'Pain that spreads from the neck with pins and needles down the arm.',
    ],
    askYourDoctor: [
      "Is this golfer's elbow, or could the ulnar nerve be involved?",
      'Which strengthening exercises should I do?',
      'Should I change my grip, technique or equipment?',
    ],
    sources: [
      {
        ref: 'simons-1999',
        locator:
          'Pain guide, medial epicondylar pain; Triceps Brachii; Pectoralis Major; Pectoralis Minor; Serratus Anterior; Serratus Posterior Superior; Hand and Finger Flexors in the Forearm',
      },
      { ref: 'davies-2013', locator: 'Elbow, Forearm, and Hand Pain' },
    ],
  },
  {
    id: 'carpal-tunnel-like-symptoms',
    name: 'Carpal-tunnel-like wrist and hand pain and numbness',
    aka: [
      'carpal tunnel',
      'carpal tunnel syndrome',
      'numb hand',
      'tingling fingers',
      'wrist pain',
      'hand pain',
      'numb fingers at night',
    ],
    kind: 'condition',
    description:
      'Pain, tingling or numbness in the wrist, palm, thumb and first fingers, often worse at night or when gripping. True carpal tunnel syndrome is pressure on the median nerve at the wrist, but trigger points in the scalenes, pectoralis minor, brachialis and forearm and thumb muscles can cause very similar pain and a numb feeling. A doctor can test the nerve if symptoms persist.',
    regions: [
      'wrist.front',
      'palm',
      'thumb.base',
      'thumb.back',
      'thumb.palm',
      'finger.index.back',
      'finger.index.palm',
      'finger.middle.back',
      'finger.middle.palm',
      'forearm.front',
      'hand.back',
    ],
    muscles: [
      'anterior-scalene',
      'middle-scalene',
      'pectoralis-minor',
      'brachialis',
      'flexor-carpi-radialis',
      'palmaris-longus',
      'pronator-teres',
      'opponens-pollicis',
      'adductor-pollicis',
      'flexor-digitorum-superficialis',
    ],
    evidence: {
      level: 'very-low',
      summary:
        'The Cochrane review of exercise and mobilisation for carpal tunnel syndrome found only limited, very low quality evidence for any benefit (Page 2012). Travell and Simons describe trigger points that mimic carpal tunnel symptoms, but there are no good trials of trigger point therapy for people diagnosed with it. Trigger point work may ease pain that turns out to be muscular; persistent numbness or weakness needs a nerve check.',
      sources: [
        { ref: 'page-2012-carpal-tunnel' },
        { ref: 'simons-1999', locator: 'Scalene Muscles; Hand and Finger Flexors in the Forearm' },
      ],
    },
    redFlags: [
      'Constant numbness, weakness, dropping things, or a wasted, flat area at the base of the thumb: see a doctor soon, as nerve pressure left too long can cause lasting damage.',
      'Sudden weakness or numbness of the face, arm or leg, or slurred speech: call an emergency number now.',
      'Numbness in both hands and both feet.',
      'Wrist pain after a fall onto the hand.',
      'A hot, red, swollen wrist or hand, or fever.',
      'New hand numbness during pregnancy: mention it to your midwife or doctor.',
    ],
    askYourDoctor: [
      'Is this carpal tunnel syndrome, and do I need nerve tests?',
      'Could my neck, shoulder or forearm muscles be part of the problem?',
      'Would a night splint or a change at work help?',
    ],
    sources: [
      {
        ref: 'simons-1999',
        locator:
          'Scalene Muscles; Brachialis; Hand and Finger Flexors in the Forearm; Adductor and Opponens Pollicis Muscles',
      },
      { ref: 'davies-2013', locator: 'Elbow, Forearm, and Hand Pain' },
    ],
  },
  {
    id: 'de-quervain-like-thumb-pain',
    name: 'De Quervain-like thumb and wrist pain',
    aka: [
      "de quervain's",
      'de quervain tenosynovitis',
      'thumb pain',
      'mummy thumb',
      'texting thumb',
      'thumb side wrist pain',
    ],
    kind: 'condition',
    description:
      "Pain on the thumb side of the wrist and at the base of the thumb, worse when gripping, lifting a baby or pinching. True de Quervain's is irritation of two thumb tendons in their sheath at the wrist; trigger points in the brachioradialis, supinator, brachialis and the thumb muscles refer pain to the same area. It is common with repetitive thumb use and in new parents.",
    regions: ['wrist.radial', 'thumb.base', 'thumb.back', 'thumb.palm', 'forearm.radial'],
    muscles: [
      'brachioradialis',
      'supinator',
      'brachialis',
      'opponens-pollicis',
      'adductor-pollicis',
      'extensor-carpi-radialis-longus',
      'flexor-pollicis-longus',
      'first-dorsal-interosseous',
    ],
    evidence: {
      level: 'insufficient',
      summary:
        "De Quervain's is a tendon-sheath condition usually managed with rest, a thumb splint and, if needed, treatment from a doctor (Ilyas 2007). There are no trials of trigger point therapy for it. Muscle work may help thumb pain that is referred from the forearm or thumb muscles, but pressing hard on the swollen tendons themselves is not advised.",
      sources: [{ ref: 'ilyas-2007' }],
    },
    redFlags: [
      'A fall onto an outstretched hand with pain in the hollow at the base of the thumb: get an X-ray, as a wrist bone can be broken.',
      'A hot, red, swollen wrist, or fever.',
      'Numbness or tingling in the thumb or fingers.',
      'Swelling that keeps growing, or a firm lump.',
    ],
    askYourDoctor: [
      "Is this de Quervain's, thumb-base arthritis, or pain referred from my forearm?",
      'Would a thumb splint help, and for how long should I wear it?',
      'How can I change the way I lift and hold things to rest the thumb?',
    ],
    sources: [
      {
        ref: 'simons-1999',
        locator:
          'Hand Extensor and Brachioradialis Muscles; Supinator; Brachialis; Adductor and Opponens Pollicis Muscles',
      },
      { ref: 'davies-2013', locator: 'Elbow, Forearm, and Hand Pain' },
    ],
  },
  {
    id: 'trigger-finger-like-symptoms',
    name: 'Trigger-finger-like finger pain and stiffness',
    aka: ['trigger finger', 'trigger thumb', 'finger locking', 'finger catching', 'stiff fingers', 'finger pain'],
    kind: 'condition',
    description:
      'Pain and stiffness in the palm and fingers, sometimes with a finger that catches or snaps when it bends and straightens. True trigger finger is a thickened tendon catching in its tunnel at the base of the finger; trigger points in the long finger flexors in the forearm and the small hand muscles can cause finger pain and stiffness, though not the catching itself. It is more common with diabetes.',
    regions: ['palm', 'finger.middle.palm', 'finger.ring.palm', 'finger.index.palm', 'thumb.palm'],
    muscles: [
      'flexor-digitorum-superficialis',
      'flexor-digitorum-profundus',
      'flexor-pollicis-longus',
      'hand-interossei',
      'adductor-pollicis',
      'palmaris-longus',
    ],
    evidence: {
      level: 'insufficient',
      summary:
        'True trigger finger is a mechanical tendon problem, treated with splinting, an injection or a minor operation (Makkouk 2008). There is no evidence that trigger point therapy releases a catching finger. It may ease aching and stiffness that come from the forearm and hand muscles.',
      sources: [{ ref: 'makkouk-2008' }],
    },
    redFlags: [
      'A finger that is locked bent and cannot be straightened.',
      'A swollen, red, painful finger after a cut, bite or splinter, especially if it is held bent and hurts to straighten: get emergency care now.',
      'Numbness or tingling in the fingers.',
      'Several swollen, stiff joints, or morning stiffness lasting more than an hour.',
    ],
    askYourDoctor: [
      'Is this trigger finger, arthritis or something else?',
      'Would a splint help, and when would an injection or operation be worth it?',
      'Should my blood sugar be checked?',
    ],
    sources: [
      { ref: 'simons-1999', locator: 'Hand and Finger Flexors in the Forearm; Interosseous Muscles of the Hand' },
      { ref: 'davies-2013', locator: 'Elbow, Forearm, and Hand Pain' },
    ],
  },
  {
    id: 'repetitive-strain',
    name: 'Repetitive strain at work',
    aka: [
      'RSI',
      'repetitive strain injury',
      'computer arm pain',
      'mouse arm',
      'work-related arm pain',
      'occupational overuse',
      'typing pain',
    ],
    kind: 'condition',
    description:
      'Aching, tiredness or burning in the forearm, wrist, hand, neck or shoulder that builds up with repeated tasks such as typing, using a mouse, assembly work or playing an instrument. Overworked forearm extensors and flexors and a tense upper trapezius are common muscle sources. Breaks, changes to the set-up and gradual conditioning matter as much as treating the muscles.',
    regions: ['forearm.back', 'forearm.front', 'wrist.back', 'elbow.lateral', 'hand.back', 'neck.back', 'shoulder.top'],
    muscles: [
      'extensor-digitorum',
      'extensor-carpi-radialis-brevis',
      'upper-trapezius',
      'flexor-digitorum-superficialis',
      'levator-scapulae',
      'supinator',
      'extensor-carpi-ulnaris',
      'first-dorsal-interosseous',
      'infraspinatus',
    ],
    evidence: {
      level: 'very-low',
      summary:
        'The Cochrane review of treatments for work-related arm, neck and shoulder complaints found no consistent effect of any treatment, including exercise, massage and manual therapy, though ergonomic changes helped some people in the longer term (Verhagen 2013). There are no good trials of trigger point therapy specifically for this. Self-treatment is best combined with breaks and a better workstation.',
      sources: [{ ref: 'verhagen-2013' }],
    },
    redFlags: [
      'Constant numbness, weakness, or dropping things.',
      'A hot, red, swollen joint or forearm, or fever.',
      'Pain that spreads from the neck with pins and needles, or affects both arms.',
      'Symptoms that keep getting worse despite rest and changes at work.',
    ],
    askYourDoctor: [
      'Could my workstation or how I work be causing this, and can I get an ergonomic assessment?',
      'Do I need time off or adjusted duties while it settles?',
      'Would a physiotherapist or occupational therapist help?',
    ],
    sources: [
      { ref: 'simons-1999', locator: 'Hand Extensor and Brachioradialis Muscles; Trapezius' },
      { ref: 'davies-2013', locator: 'Elbow, Forearm, and Hand Pain' },
    ],
  },

  // Abdomen and pelvis
  {
    id: 'abdominal-wall-pain',
    name: 'Abdominal wall pain',
    aka: [
      'abdominal muscle pain',
      'stomach muscle pain',
      'pulled stomach muscle',
      'side stitch',
      'belly wall pain',
      'ab strain',
    ],
    kind: 'condition',
    description:
      'A sore spot or ache in the muscles of the belly wall rather than inside the belly, often one finger-width across, that hurts more when you tense the abdominal muscles (for example by lifting your head from the pillow while lying down). Trigger points in the rectus abdominis and obliques can cause this, as can a trapped skin nerve or a scar. Pain inside the abdomen has many serious causes, so it needs a doctor to look first.',
    regions: ['abdomen.upper', 'periumbilical', 'abdomen.lower', 'epigastric', 'flank', 'suprapubic'],
    muscles: [
      'rectus-abdominis',
      'external-oblique',
      'internal-oblique',
      'transversus-abdominis',
      'pyramidalis',
      'iliocostalis-thoracis',
    ],
    evidence: {
      level: 'insufficient',
      summary:
        'Chronic abdominal wall pain is common among people with unexplained belly pain and is often missed; it is diagnosed by examination, and the few trials of treatment studied injections rather than manual therapy (Koop 2016). Travell and Simons describe abdominal trigger points that mimic pain from the organs, but there are no controlled trials of trigger point therapy for it.',
      sources: [{ ref: 'koop-2016' }, { ref: 'simons-1999', locator: 'Abdominal Muscles' }],
    },
    redFlags: [
      'Severe or sudden belly pain, or a belly that is hard and very tender: call an emergency number now.',
      'Belly pain with fever, repeated vomiting, or not passing wind or stools.',
      'Blood in vomit or stools, or black, tarry stools.',
      'Yellowing of the skin or eyes, or unexplained weight loss.',
      'A bulge in the belly wall or groin that is painful, tender and will not go back in: get emergency care now.',
      'Belly pain when you are or may be pregnant.',
    ],
    askYourDoctor: [
      'Could this pain be coming from the belly wall rather than an organ?',
      'Does the pain get worse when I tense my stomach muscles, and what does that mean?',
      'Is it safe for me to press on and stretch these muscles?',
    ],
    sources: [
      { ref: 'simons-1999', locator: 'Abdominal Muscles' },
      { ref: 'davies-2013', locator: 'Chest and Abdominal Pain' },
    ],
  },
  {
    id: 'pelvic-pain',
    name: 'Chronic pelvic pain',
    aka: [
      'pelvic pain',
      'pelvic floor pain',
      'tailbone pain',
      'coccydynia',
      'pain sitting',
      'perineal pain',
      'chronic prostatitis',
    ],
    kind: 'condition',
    description:
      'Ongoing pain low in the pelvis, around the tailbone, between the legs or in the lower belly, sometimes with pain when sitting, passing urine, opening the bowels or during sex. Tight, tender pelvic floor muscles (levator ani, coccygeus, obturator internus) are common in people with chronic pelvic pain, alongside the hip and abdominal muscles. Internal pelvic floor work is a specialist job; gentle outside work and relaxation are what you can do at home.',
    regions: ['perineum', 'coccyx', 'suprapubic', 'sacrum', 'groin', 'pubic'],
    muscles: [
      'levator-ani',
      'obturator-internus',
      'coccygeus',
      'piriformis',
      'adductor-magnus',
      'pyramidalis',
      'rectus-abdominis',
    ],
    evidence: {
      level: 'moderate',
      summary:
        'For bladder pain syndrome (interstitial cystitis) with a tender pelvic floor, the American Urological Association guideline tells clinicians to offer manual physical therapy that releases pelvic, belly and hip trigger points, as a Standard backed by its highest evidence grade, A (Clemens 2022). That rests on a randomised trial in which myofascial physical therapy by trained pelvic therapists helped more women than general massage (FitzGerald 2012). For other pelvic pain the evidence is weaker: a study in men reported benefit from trigger point release with relaxation training, without a control group (Anderson 2005). The evidence is for treatment by a trained pelvic health therapist, not for self-treatment.',
      sources: [{ ref: 'clemens-2022' }, { ref: 'fitzgerald-2012' }, { ref: 'anderson-2005' }],
    },
    redFlags: [
      'Bleeding between periods, after sex or after the menopause.',
      'Blood in the urine or stools, or a change in bowel habit that lasts.',
      'Fever, unusual discharge, or burning when passing urine.',
      'Sudden severe pelvic pain, especially if you could be pregnant: call an emergency number now.',
      'New loss of bladder or bowel control, or numbness between the legs: get emergency care now.',
      'Unexplained weight loss.',
    ],
    askYourDoctor: [
      'Have infections, gynaecological, bowel and bladder causes been checked?',
      'Could my pelvic floor muscles be involved, and can you refer me to a pelvic health physiotherapist?',
      'Would relaxation or pain management support help me?',
    ],
    sources: [
      { ref: 'simons-1999', locator: 'Abdominal Muscles' },
      { ref: 'travell-1992', locator: 'Pelvic Floor Muscles; Piriformis and Other Short Lateral Rotators' },
    ],
  },

  // Hip and leg
  {
    id: 'sciatica-like-pain',
    name: 'Sciatica-like buttock and leg pain',
    aka: [
      'sciatica',
      'pain down the leg',
      'buttock pain',
      'pseudo-sciatica',
      'leg pain from back',
      'shooting leg pain',
    ],
    kind: 'condition',
    description:
      'Pain in the buttock that spreads down the back or side of the thigh and sometimes into the calf. True sciatica comes from an irritated nerve root in the spine and often brings numbness, tingling or weakness; trigger points in the gluteus minimus, piriformis and quadratus lumborum can refer pain in a very similar path without nerve signs. Sorting out which it is matters, so get it checked if it persists or nerve symptoms appear.',
    regions: ['buttock.lower', 'buttock.upper', 'thigh.back', 'thigh.lateral', 'calf.upper', 'leg.lateral'],
    muscles: [
      'gluteus-minimus',
      'piriformis',
      'gluteus-medius',
      'quadratus-lumborum',
      'biceps-femoris',
      'semitendinosus',
      'gemelli',
      'obturator-internus',
    ],
    evidence: {
      level: 'very-low',
      summary:
        'For sciatica, NICE advises staying active and exercise, with manual therapy considered only as part of a package (NICE NG59). There are no good trials of trigger point therapy for sciatica-like pain; Travell and Simons describe gluteus minimus and piriformis patterns that mimic it. If the pain is referred from muscles, pressure and stretching may help, but the evidence is weak.',
      sources: [
        { ref: 'nice-ng59-2016', locator: 'sciatica' },
        { ref: 'travell-1992', locator: 'Gluteus Minimus Muscle; Piriformis and Other Short Lateral Rotators' },
      ],
    },
    redFlags: [
      'Loss of bladder or bowel control, or numbness between the legs or around the back passage: call an emergency number or go to an emergency department now.',
      'Weakness in the leg or foot that is getting worse, such as a foot that drags or slaps.',
      'Pain or numbness in both legs.',
      'Leg pain with fever, feeling unwell, or a history of cancer.',
      'Severe pain that is not eased by any position, or that keeps getting worse.',
      'A swollen, hot, painful calf (possible clot): get urgent medical help.',
    ],
    askYourDoctor: [
      'Is this true sciatica from a nerve, or could it be referred from my hip and buttock muscles?',
      'Which signs would mean I need a scan or a specialist?',
      'What exercises and activity are safe for me now?',
    ],
    sources: [
      {
        ref: 'travell-1992',
        locator: 'Gluteus Minimus Muscle; Piriformis and Other Short Lateral Rotators; Quadratus Lumborum Muscle',
      },
      { ref: 'davies-2013', locator: 'Midback, Low Back, and Buttock Pain' },
      { ref: 'nice-ng59-2016' },
    ],
  },
  {
    id: 'piriformis-syndrome',
    name: 'Piriformis syndrome',
    aka: ['piriformis', 'deep buttock pain', 'pain sitting on buttock', 'wallet sciatica', 'deep gluteal syndrome'],
    kind: 'condition',
    description:
      'Deep buttock pain, often worse when sitting for a long time or getting up, sometimes spreading down the back of the thigh. The piriformis and the other short hip rotators lie over the sciatic nerve and can both refer pain and, in some people, irritate the nerve. It is diagnosed by examination and ruling out the spine and hip, and there is no single agreed test.',
    regions: ['buttock.lower', 'buttock.upper', 'sacroiliac', 'thigh.back', 'hip.lateral'],
    muscles: [
      'piriformis',
      'gemelli',
      'obturator-internus',
      'quadratus-femoris',
      'gluteus-minimus',
      'gluteus-medius',
      'gluteus-maximus',
    ],
    evidence: {
      level: 'very-low',
      summary:
        'A systematic review found that piriformis syndrome has no agreed definition, and the studies describing it are mostly small and of low quality (Hopayian 2010). Stretching and pressure on the piriformis are widely used, but there are no good trials of trigger point therapy for it. Press on the muscle, not on tingling or nerve pain, because the sciatic nerve runs beneath it.',
      sources: [
        { ref: 'hopayian-2010' },
        { ref: 'travell-1992', locator: 'Piriformis and Other Short Lateral Rotators' },
      ],
    },
    redFlags: [
      'Loss of bladder or bowel control, or numbness between the legs: call an emergency number now.',
      'Leg weakness or a foot that drags.',
      'Buttock pain with fever, or a history of cancer.',
      'Pain that is severe at night or not eased by any position.',
      'Buttock and leg pain when walking that goes away with rest, especially if you smoke or have diabetes (possible poor circulation).',
    ],
    askYourDoctor: [
      'Could this pain come from my back, hip joint or sacroiliac joint instead?',
      'Which stretches are safe for me?',
      'Should I change how long I sit, or my chair or car seat?',
    ],
    sources: [
      { ref: 'travell-1992', locator: 'Piriformis and Other Short Lateral Rotators' },
      { ref: 'davies-2013', locator: 'Midback, Low Back, and Buttock Pain' },
    ],
  },
  {
    id: 'hip-pain',
    name: 'Hip pain',
    aka: [
      'sore hip',
      'outer hip pain',
      'hip bursitis',
      'trochanteric bursitis',
      'gluteal tendinopathy',
      'pain lying on side',
      'groin pain',
    ],
    kind: 'condition',
    description:
      'Pain on the outside of the hip, in the groin or at the front of the hip, often worse lying on that side, climbing stairs or standing on one leg. Pain on the outer hip is usually from the gluteal tendons and muscles (gluteus medius and minimus, tensor fasciae latae); groin pain more often comes from the hip joint itself or the hip flexors and adductors. Trigger points can add to both.',
    regions: ['hip.lateral', 'hip.front', 'groin', 'buttock.upper', 'thigh.lateral'],
    muscles: [
      'gluteus-medius',
      'gluteus-minimus',
      'tensor-fasciae-latae',
      'piriformis',
      'quadratus-lumborum',
      'iliacus',
      'psoas-major',
      'vastus-lateralis',
      'adductor-longus',
      'pectineus',
    ],
    evidence: {
      level: 'very-low',
      summary:
        'For outer hip pain from gluteal tendinopathy, education and gradual loading exercise are the approaches with the most support (Grimaldi 2015); for hip arthritis, NICE recommends exercise and weight management first (NICE NG226). There are no good trials of trigger point therapy for hip pain. Pressure and stretching may ease muscular pain but should not replace exercise.',
      sources: [{ ref: 'grimaldi-2015' }, { ref: 'nice-ng226-2022' }],
    },
    redFlags: [
      'After a fall, especially if you are older or have osteoporosis: if you cannot stand or walk, or the leg looks shorter or turned out, call an emergency number.',
      'A hot, swollen, very painful hip, or hip pain with fever.',
      'A child or teenager with a new limp or hip or knee pain.',
      'A history of cancer, or unexplained weight loss, with new hip pain.',
      'Severe pain at night or at rest that is getting worse.',
      'A lump in the groin that changes with coughing or straining.',
    ],
    askYourDoctor: [
      'Is this coming from the hip joint, the tendons on the outside of the hip, or my back?',
      'Which exercises should I do, and which positions should I avoid for now?',
      'Do I need an X-ray or scan?',
    ],
    sources: [
      {
        ref: 'travell-1992',
        locator: 'Gluteus Medius Muscle; Gluteus Minimus Muscle; Tensor Fasciae Latae; Iliopsoas Muscle',
      },
      { ref: 'davies-2013', locator: 'Hip, Thigh, and Knee Pain' },
    ],
  },
  {
    id: 'knee-pain',
    name: 'Knee pain',
    aka: ['sore knee', 'knee ache', 'knee arthritis', 'pain behind the knee', 'inner knee pain', 'outer knee pain'],
    kind: 'condition',
    description:
      'Pain at the front, inner, outer or back of the knee, often worse on stairs, squatting or after sitting. The quadriceps muscles refer pain to the front and sides of the knee, and the hamstrings, popliteus and gastrocnemius to the back. Knee arthritis and injuries are common too, and trigger points can add to them.',
    regions: ['knee.front', 'knee.medial', 'knee.lateral', 'knee.back', 'thigh.front'],
    muscles: [
      'rectus-femoris',
      'vastus-medialis',
      'vastus-lateralis',
      'vastus-intermedius',
      'biceps-femoris',
      'popliteus',
      'gastrocnemius',
      'adductor-longus',
      'sartorius',
      'tensor-fasciae-latae',
    ],
    evidence: {
      level: 'very-low',
      summary:
        'For knee arthritis and kneecap pain, exercise is the treatment with the best evidence; manual therapy is not recommended on its own (NICE NG226; Collins 2018). Small trials of trigger point treatment for knee pain exist, but the evidence is weak. Trigger point work can be an add-on to strengthening.',
      sources: [{ ref: 'nice-ng226-2022' }, { ref: 'collins-2018' }],
    },
    redFlags: [
      'A hot, red, swollen knee, especially with fever: get medical help the same day.',
      'After an injury: you cannot put weight on it, it swelled up quickly, or it locks or gives way.',
      'A swollen, hot, painful calf as well as knee pain (possible clot): get urgent medical help.',
      'A knee that looks out of shape after a fall.',
      'Severe pain at night, unexplained weight loss, or a history of cancer.',
    ],
    askYourDoctor: [
      'Is this arthritis, an injury inside the knee, or pain from the thigh muscles?',
      'Which strengthening exercises should I do?',
      'Do I need an X-ray or scan?',
    ],
    sources: [
      { ref: 'travell-1992', locator: 'Quadriceps Femoris Group; Hamstring Muscles; Popliteus Muscle' },
      { ref: 'davies-2013', locator: 'Hip, Thigh, and Knee Pain' },
    ],
  },
  {
    id: 'patellofemoral-pain',
    name: 'Patellofemoral (kneecap) pain',
    aka: [
      "runner's knee",
      'kneecap pain',
      'patellofemoral pain syndrome',
      'PFPS',
      'pain around kneecap',
      'knee pain on stairs',
    ],
    kind: 'condition',
    description:
      "Aching around or behind the kneecap, worse going down stairs, squatting, kneeling or after sitting with the knees bent ('movie-goer's knee'). It is common in runners and active young people. Trigger points in the quadriceps, especially the vastus medialis and rectus femoris, refer pain to the kneecap, and weak hip muscles often add to the load.",
    regions: ['knee.front', 'knee.medial', 'knee.lateral', 'thigh.front'],
    muscles: [
      'rectus-femoris',
      'vastus-medialis',
      'vastus-lateralis',
      'vastus-intermedius',
      'tensor-fasciae-latae',
      'gluteus-medius',
    ],
    evidence: {
      level: 'very-low',
      summary:
        'An international consensus recommends exercise for the hip and knee muscles, with taping or foot orthoses as short-term help, and advises against manual therapy on its own (Collins 2018). There are no good trials of trigger point therapy for kneecap pain. Pressure and stretching of the quadriceps may ease pain while you build strength.',
      sources: [{ ref: 'collins-2018' }],
    },
    redFlags: [
      'A knee that swelled up quickly after an injury, or locks or gives way.',
      'A hot, red, swollen knee, or fever.',
      'You cannot put weight on the leg.',
      'A child or teenager with knee pain and a limp (the hip can refer pain to the knee).',
    ],
    askYourDoctor: [
      'Is this kneecap pain, or something inside the knee?',
      'Which hip and knee exercises should I do, and how should I build up my running or sport?',
      'Would taping or shoe inserts help in the short term?',
    ],
    sources: [
      { ref: 'travell-1992', locator: 'Quadriceps Femoris Group' },
      { ref: 'davies-2013', locator: 'Hip, Thigh, and Knee Pain' },
    ],
  },
  {
    id: 'shin-pain',
    name: 'Shin pain',
    aka: ['shin splints', 'medial tibial stress syndrome', 'sore shins', 'shin ache from running', 'front of leg pain'],
    kind: 'condition',
    description:
      'Aching along the shin bone or the muscles beside it, usually brought on by running, jumping or a sudden increase in walking. Pain along the inner edge of the shin is often bone stress, while pain in the muscles at the front can come from tibialis anterior and the toe extensors, which also refer pain to the ankle and top of the foot. A bone stress injury must be ruled out.',
    regions: ['shin', 'leg.medial', 'leg.lateral', 'ankle.front', 'foot.top'],
    muscles: [
      'tibialis-anterior',
      'extensor-digitorum-longus',
      'extensor-hallucis-longus',
      'tibialis-posterior',
      'soleus',
      'flexor-digitorum-longus',
      'fibularis-longus',
    ],
    evidence: {
      level: 'insufficient',
      summary:
        'A systematic review found no treatment clearly better than rest and a graded return to running for shin splints, and the trials were few and of limited quality (Winters 2013). There are no trials of trigger point therapy for shin pain. Muscle work may ease muscular aches at the front of the leg, but load management comes first.',
      sources: [{ ref: 'winters-2013' }],
    },
    redFlags: [
      'A tense, swollen, very painful lower leg after an injury, or pain far worse than expected: call an emergency number now.',
      'Pain at one spot on the bone that hurts at rest or at night, or when you hop (possible stress fracture).',
      'Tightness during exercise with numbness or weakness of the foot that goes away when you stop.',
      'A swollen, hot, painful calf (possible clot): get urgent medical help.',
      'Leg pain when walking that eases with rest, especially if you smoke or have diabetes.',
      'A foot that has started to slap, drag or catch when you walk (foot drop): trigger points do not cause it; see a doctor before treating, and get emergency care if both legs are weak or bladder or bowel control changes.',
    ],
    askYourDoctor: [
      'Could this be a stress fracture, and do I need a scan?',
      'How should I reduce and then build back up my running?',
      'Would a change of shoes or running technique help?',
    ],
    sources: [
      { ref: 'travell-1992', locator: 'Tibialis Anterior Muscle; Long Extensors of the Toes' },
      { ref: 'davies-2013', locator: 'Lower Leg, Ankle, and Foot Pain' },
    ],
  },
  {
    id: 'calf-cramps',
    name: 'Calf cramps',
    aka: ['leg cramps', 'night cramps', 'charley horse', 'calf cramp', 'muscle cramps at night', 'foot cramps'],
    kind: 'condition',
    description:
      'Sudden, painful tightening of the calf or foot muscles, often at night or after exercise, lasting seconds to minutes and sometimes leaving the muscle sore. Travell and Simons link trigger points in the gastrocnemius with night cramps, and tight calves after a day on your feet seem to make them more likely. Most cramps are harmless, but frequent cramps can have medical causes.',
    regions: ['calf.upper', 'calf.lower', 'knee.back', 'arch'],
    muscles: [
      'gastrocnemius',
      'soleus',
      'flexor-digitorum-longus',
      'flexor-hallucis-longus',
      'tibialis-posterior',
      'abductor-hallucis',
      'flexor-digitorum-brevis',
    ],
    evidence: {
      level: 'very-low',
      summary:
        'A randomised trial in adults over 55 found that stretching the calves and hamstrings just before sleep reduced how often and how badly night cramps came (Hallegraeff 2012). There are no trials of trigger point pressure for cramps. Stretching is low-risk and worth trying; frequent cramps deserve a check for medical causes (Allen 2012).',
      sources: [{ ref: 'hallegraeff-2012' }, { ref: 'allen-2012' }],
    },
    redFlags: [
      'A swollen, hot, painful calf, especially after travel, surgery or illness (possible clot): get urgent medical help.',
      'Calf pain when walking that goes away with rest and comes back when you walk again.',
      'Cramps with muscle weakness, wasting or twitching.',
      'Very dark urine or severe muscle pain after hard exercise: get medical help the same day.',
      'Cramps that started or got worse after a new medicine: ask your doctor or pharmacist.',
    ],
    askYourDoctor: [
      'Could a medical condition or one of my medicines be causing the cramps? (Ask your doctor or pharmacist.)',
      'Should my blood tests be checked?',
      'Which stretches should I do before bed?',
    ],
    sources: [
      { ref: 'travell-1992', locator: 'Gastrocnemius Muscle; Soleus and Plantaris Muscles' },
      { ref: 'davies-2013', locator: 'Lower Leg, Ankle, and Foot Pain' },
    ],
  },
  {
    id: 'achilles-pain',
    name: 'Achilles pain',
    aka: ['achilles tendinitis', 'achilles tendinopathy', 'heel cord pain', 'back of ankle pain', 'sore achilles'],
    kind: 'condition',
    description:
      'Pain and stiffness in the Achilles tendon at the back of the ankle, often worst with the first steps in the morning or at the start of exercise. The tendon itself is usually the main problem, and trigger points in the soleus and gastrocnemius refer pain to the heel and tendon and keep the calf tight. It is common in runners and with a sudden increase in activity.',
    regions: ['achilles', 'heel.back', 'heel.under', 'calf.lower'],
    muscles: [
      'soleus',
      'gastrocnemius',
      'plantaris',
      'tibialis-posterior',
      'flexor-digitorum-longus',
      'flexor-hallucis-longus',
    ],
    evidence: {
      level: 'very-low',
      summary:
        'The clinical practice guideline for Achilles tendinopathy puts progressive loading exercise first, with soft tissue treatment as a possible add-on supported by weaker evidence (Martin 2018). There are no good trials of trigger point therapy for Achilles pain. Work on the calf muscles, not the tendon itself.',
      sources: [{ ref: 'martin-2018' }],
    },
    redFlags: [
      'A sudden snap or feeling of being kicked in the back of the ankle, then weakness pushing off: see a doctor the same day (possible tendon rupture).',
      'A swollen, hot, painful calf (possible clot): get urgent medical help.',
      'Achilles pain that started soon after a course of antibiotics: tell your doctor or pharmacist promptly, as some antibiotics can affect tendons.',
      'Pain in both heels with back stiffness, swollen joints or eye inflammation.',
      'A lump or swelling in the tendon that keeps growing.',
    ],
    askYourDoctor: [
      'Is this Achilles tendinopathy, and what loading programme should I follow?',
      'How much activity is safe while it settles?',
      'Would a heel raise or a change of shoes help for now?',
    ],
    sources: [
      { ref: 'travell-1992', locator: 'Soleus and Plantaris Muscles; Gastrocnemius Muscle' },
      { ref: 'davies-2013', locator: 'Lower Leg, Ankle, and Foot Pain' },
    ],
  },
  {
    id: 'plantar-heel-pain',
    name: 'Plantar heel pain',
    aka: ['plantar fasciitis', 'heel pain', 'heel spur', 'sore heel', 'first step pain', 'plantar fasciopathy'],
    kind: 'condition',
    description:
      'Pain under the heel, typically sharp with the first steps in the morning or after sitting, easing a little with walking and returning after long periods on the feet. The plantar fascia is usually irritated, and trigger points in the soleus, quadratus plantae, abductor hallucis and other foot and calf muscles refer pain to the heel. Most cases settle over months with stretching, footwear and load changes.',
    regions: ['heel.under', 'arch'],
    muscles: [
      'soleus',
      'quadratus-plantae',
      'abductor-hallucis',
      'gastrocnemius',
      'tibialis-posterior',
      'flexor-digitorum-brevis',
      'abductor-digiti-minimi-foot',
      'flexor-digitorum-longus',
    ],
    evidence: {
      level: 'low',
      summary:
        'A randomised trial found that dry needling of calf and foot trigger points reduced heel pain more than sham needling, though the effect was modest and soreness after treatment was common (Cotchett 2014). The clinical practice guideline recommends manual therapy, calf and plantar fascia stretching, taping and orthoses (Martin 2014). Self-pressure on these muscles is a reasonable part of care.',
      sources: [{ ref: 'cotchett-2014' }, { ref: 'martin-2014' }],
    },
    redFlags: [
      'Heel pain after a fall or jump from a height, or you cannot put weight on the foot.',
      'Numbness, burning or tingling in the sole, or diabetes with any foot pain, wound or colour change: get your feet checked.',
      'A hot, red, swollen heel, or fever.',
      'Pain in both heels with back stiffness or other swollen joints.',
      'Heel pain at night or at rest that is getting worse.',
    ],
    askYourDoctor: [
      'Is this plantar heel pain, or could a nerve or stress fracture be involved?',
      'Which stretches, shoes or inserts would help me?',
      'How long should I expect it to take to settle?',
    ],
    sources: [
      {
        ref: 'travell-1992',
        locator: 'Soleus and Plantaris Muscles; Deep Intrinsic Foot Muscles; Superficial Intrinsic Foot Muscles',
      },
      { ref: 'davies-2013', locator: 'Lower Leg, Ankle, and Foot Pain' },
    ],
  },
  {
    id: 'foot-pain',
    name: 'Foot pain',
    aka: [
      'sore feet',
      'ball of foot pain',
      'metatarsalgia',
      'arch pain',
      'top of foot pain',
      'toe pain',
      'aching feet',
    ],
    kind: 'condition',
    description:
      'Aching in the ball of the foot, the arch, the top of the foot or the toes, often worse after standing, walking on hard floors or in tight shoes. The small muscles of the foot and the long muscles of the shin and calf that run into the foot all refer pain here. Shoes, foot shape and how long you stand are common contributors.',
    regions: [
      'sole.ball',
      'arch',
      'foot.top',
      'toe.big.top',
      'toe.big.under',
      'toes.lesser.top',
      'toes.lesser.under',
      'foot.lateral',
    ],
    muscles: [
      'extensor-digitorum-brevis',
      'extensor-hallucis-brevis',
      'flexor-hallucis-brevis',
      'adductor-hallucis',
      'foot-interossei',
      'flexor-digitorum-longus',
      'fibularis-longus',
      'tibialis-anterior',
      'flexor-hallucis-longus',
      'extensor-digitorum-longus',
    ],
    evidence: {
      level: 'very-low',
      summary:
        'Travell and Simons describe how foot and leg trigger points refer pain to the foot, but there are no good trials of trigger point therapy for general foot pain. Advice rests on expert opinion and on evidence from plantar heel pain (Cotchett 2014). Footwear and activity changes are usually the first step.',
      sources: [
        { ref: 'travell-1992', locator: 'Superficial Intrinsic Foot Muscles; Deep Intrinsic Foot Muscles' },
        { ref: 'cotchett-2014' },
      ],
    },
    redFlags: [
      'Diabetes with a foot wound, blister, colour change or numbness: get your feet checked promptly.',
      'A hot, red, swollen foot or big toe joint, especially with fever.',
      'Cold, pale or blue toes, or foot pain at rest that eases when you hang the leg down.',
      'After an injury you cannot walk four steps, or there is pain on the bone.',
      'Numbness or burning in both feet.',
    ],
    askYourDoctor: [
      'Could this be a stress fracture, a trapped nerve or arthritis?',
      'Which shoes or inserts would help me?',
      'Should my circulation or nerves in the feet be checked?',
    ],
    sources: [
      {
        ref: 'travell-1992',
        locator:
          'Superficial Intrinsic Foot Muscles; Deep Intrinsic Foot Muscles; Long Extensors of the Toes; Long Flexor Muscles of the Toes',
      },
      { ref: 'davies-2013', locator: 'Lower Leg, Ankle, and Foot Pain' },
    ],
  },

  // Widespread conditions and cautions
  {
    id: 'fibromyalgia',
    name: 'Fibromyalgia',
    aka: ['fibromyalgia', 'fibro', 'widespread pain', 'chronic widespread pain', 'pain all over', 'FMS'],
    kind: 'condition',
    description:
      'Long-lasting pain in many parts of the body, with tiredness, unrefreshing sleep and often trouble concentrating. Fibromyalgia is a change in how the nervous system processes pain, not a trigger point disorder, although active trigger points are common in people with it and may add to their pain. Gentle, paced approaches work better than deep or painful pressure.',
    regions: [
      'neck.back',
      'shoulder.top',
      'scapula.upper',
      'back.low',
      'buttock.upper',
      'hip.lateral',
      'elbow.lateral',
      'knee.medial',
      'chest.upper',
    ],
    muscles: [
      'upper-trapezius',
      'levator-scapulae',
      'supraspinatus',
      'gluteus-medius',
      'suboccipitals',
      'quadratus-lumborum',
      'infraspinatus',
      'gluteus-minimus',
    ],
    evidence: {
      level: 'very-low',
      summary:
        'The EULAR revised recommendations make exercise the only therapy strongly recommended for fibromyalgia and give massage a weak recommendation against, because the evidence for it was of low quality (Macfarlane 2017). A meta-analysis found that some styles of massage, especially myofascial release, eased pain and mood in the short term, but the trials were few and small (Yuan 2015), and none tested trigger point self-treatment. Gentle trigger point work may help some people feel better, but the evidence is very low and strong pressure can cause flares.',
      sources: [{ ref: 'yuan-2015' }, { ref: 'macfarlane-2017' }],
    },
    redFlags: [
      'Fever, night sweats, unexplained weight loss or swollen glands.',
      'Swollen, hot joints, morning stiffness lasting more than an hour, or a new rash.',
      'Over 50 with new stiffness and pain in both shoulders and hips: see a doctor soon.',
      'Real muscle weakness (not just pain or tiredness), such as trouble climbing stairs or lifting your arms.',
      'Thoughts of harming yourself: contact your doctor, a crisis line or an emergency number now.',
    ],
    askYourDoctor: [
      'Have other causes of widespread pain and tiredness been ruled out?',
      'Can you refer me to an exercise or pain management programme?',
      'What can I do to improve my sleep?',
      'Which treatments could help me? (Ask your doctor or pharmacist about medicines.)',
    ],
    sources: [
      { ref: 'macfarlane-2017' },
      { ref: 'simons-1999', locator: 'Trapezius; Levator Scapulae' },
      { ref: 'shah-2015' },
    ],
  },
  {
    id: 'chronic-fatigue-me-cfs',
    name: 'Chronic fatigue syndrome (ME/CFS)',
    aka: [
      'ME',
      'CFS',
      'ME/CFS',
      'chronic fatigue',
      'myalgic encephalomyelitis',
      'post-exertional malaise',
      'always tired',
    ],
    kind: 'condition',
    description:
      'A long-term illness with disabling tiredness that is not relieved by rest and a worsening of symptoms after even small efforts (post-exertional malaise), often with muscle and joint pain and unrefreshing sleep. It is not a muscle or trigger point condition. Gentle, brief self-massage may ease sore muscles for some people, as long as it is paced so it does not use up limited energy.',
    regions: ['neck.back', 'shoulder.top', 'back.low', 'calf.upper'],
    muscles: ['upper-trapezius', 'levator-scapulae', 'suboccipitals', 'splenius-capitis', 'quadratus-lumborum'],
    evidence: {
      level: 'insufficient',
      summary:
        'There is no good evidence that trigger point therapy treats ME/CFS. NICE advises energy management and advises against exercise programmes based on fixed increases in activity (NICE NG206). Any self-treatment should be light, short and paced, stopping well before fatigue or pain rises.',
      sources: [{ ref: 'nice-ng206-2021' }],
    },
    redFlags: [
      'Unexplained weight loss, fevers, night sweats or swollen glands.',
      'Breathlessness, chest pain, or fainting.',
      'New numbness, weakness, or problems with vision or speech.',
      'Low mood or thoughts of harming yourself: contact your doctor, a crisis line or an emergency number now.',
    ],
    askYourDoctor: [
      'Have other causes of my tiredness, such as thyroid problems or anaemia, been checked?',
      'Can you refer me to a specialist ME/CFS service?',
      'How can I pace my activity, including gentle self-care like massage?',
      'What can help my pain and sleep? (Ask your doctor or pharmacist about medicines.)',
    ],
    sources: [{ ref: 'nice-ng206-2021' }],
  },
  {
    id: 'lymphedema',
    name: 'Lymphoedema (caution)',
    aka: [
      'lymphedema',
      'lymphoedema',
      'swollen arm after breast cancer',
      'swollen leg',
      'lymph node removal',
      'chronic swelling',
    ],
    kind: 'caution',
    description:
      'Long-lasting swelling of an arm, leg or other area because lymph fluid does not drain well, often after cancer surgery or radiotherapy that removed or damaged lymph nodes. Trigger point pressure, deep stripping and heat are not for a limb with lymphoedema or at risk of it: they may increase swelling, and the skin can infect easily. Specialist lymphoedema care uses compression, skin care, exercise and very light drainage techniques given or taught by a trained therapist.',
    regions: [
      'arm.upper.front',
      'forearm.front',
      'hand.back',
      'axilla',
      'thigh.front',
      'calf.lower',
      'ankle.medial',
      'foot.top',
    ],
    muscles: ['pectoralis-major', 'pectoralis-minor', 'latissimus-dorsi', 'biceps-brachii', 'gastrocnemius', 'soleus'],
    evidence: {
      level: 'not-applicable',
      summary:
        'Lymphoedema is not a trigger point problem, and trigger point therapy is not a treatment for it. Manual lymphatic drainage is a very light skin technique quite unlike trigger point pressure, and even for that the Cochrane review found small and uncertain added benefit on top of compression (Ezzo 2015). Care follows specialist consensus: compression, skin care, exercise and drainage by trained therapists (ISL 2020).',
      sources: [{ ref: 'ezzo-2015' }, { ref: 'isl-2020' }],
    },
    redFlags: [
      'The swollen limb becomes red, hot, more painful, or you have fever or shivers (possible infection): get medical help the same day.',
      'Sudden swelling of one arm or leg, especially with pain, or with breathlessness or chest pain (possible clot): call an emergency number now.',
      'New swelling after cancer treatment: tell your cancer team.',
      'Broken skin, leaking fluid, or a wound on the swollen limb.',
      'Swelling of both legs with breathlessness.',
    ],
    askYourDoctor: [
      'Can you refer me to a specialist lymphoedema service?',
      'Is any massage, pressure or heat safe on or near my swollen limb?',
      'What compression and skin care should I use, and what are the signs of infection?',
    ],
    sources: [{ ref: 'isl-2020' }, { ref: 'ezzo-2015' }],
  },
];

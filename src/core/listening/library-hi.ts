/**
 * Hindi vocabulary and suggestions: Devanagari, plus Hinglish (Hindi in Latin script) so
 * code-mixed messages are read too. Part of DEFAULT_LIBRARY; see library.ts for the phrase syntax.
 */
import type { LanguagePack } from './library';

export const HI_PACK: LanguagePack = {
  latinMarkers: [
    'hai', 'hain', 'hu', 'hoon', 'hun', 'nahi', 'nahin', 'nhi', 'kya', 'kab', 'kyun', 'kyu', 'kyon', 'kaise', 'kaisa',
    'kitna', 'kitni', 'kitne', 'kahan', 'kaun', 'mera', 'meri', 'mere', 'mujhe', 'mujhko', 'aap', 'aapka', 'aapki',
    'aapke', 'aapko', 'tum', 'tumhara', 'humne', 'humara', 'hamara', 'maine', 'kar', 'karo', 'kiya', 'kiye', 'karna',
    'karke', 'raha', 'rahi', 'rahe', 'gaya', 'gayi', 'gaye', 'hota', 'hoga', 'hogi', 'abhi', 'tak', 'bhi', 'aur',
    'lekin', 'toh', 'ka', 'ko', 'wala', 'wali', 'yaar', 'bhaiya', 'paisa', 'paise', 'aaya', 'aayi', 'aayega', 'jayega',
    'jaldi', 'aaj', 'batao', 'bataiye', 'sahi', 'galat', 'bahut', 'bohot', 'bilkul', 'kuch', 'koi', 'kyunki', 'chahiye',
    'diya', 'liya', 'mila', 'hua', 'hui', 'wapas', 'karte', 'karta', 'karti', 'sakta', 'sakte', 'sakti', 'jayenge',
    'denge', 'karenge', 'hoga', 'ghante', 'din', 'baje', 'shaam', 'subah', 'kal', 'humko', 'hume', 'hamein', 'apna',
    'apni', 'apne', 'pata', 'baar', 'dobara', 'phir', 'jaake', 'kijiye', 'daaliye', 'samajh', 'pareshani', 'ji',
  ],

  questionWords: [
    'क्या', 'कब', 'क्यों', 'क्यूँ', 'क्यूं', 'कैसे', 'कैसा', 'कैसी', 'कितना', 'कितनी', 'कितने', 'कहाँ', 'कहां', 'कौन',
    'कौनसा', 'कौन सा', 'कौनसी', 'कौन सी', 'किस', 'किसे', 'किसको', 'किसने', 'किसका', 'किसकी', 'किसके', 'कि नहीं',
    'या नहीं',
    'kya', 'kab', 'kyun', 'kyu', 'kyon', 'kyo', 'kaise', 'kaisey', 'kese', 'kitna', 'kitni', 'kitne', 'kahan', 'kahaan',
    'kaun', 'kon', 'konsa', 'kaunsa', 'kis', 'kisko', 'kise', 'kisne', 'ya nahi',
  ],
  questionAuxiliaries: [],
  indirectQuestion: [
    'बताइए', 'बताइये', 'बताएं', 'बताएँ', 'बताओ', 'बताना', 'बता दीजिए', 'बता दीजिये', 'बता दें', 'बता दो', 'बताएंगे',
    'बताएँगे', 'बता सकते', 'बता सकती', 'जानना चाहता', 'जानना चाहती', 'जानना चाहते', 'जानना है', 'जानकारी दें',
    'जानकारी दीजिए', 'सूचित करें', 'स्पष्ट करें', 'समझाइए',
    'batao', 'bataiye', 'bataye', 'batayein', 'batayen', 'bata do', 'bata dijiye', 'bata dena', 'bata sakte',
    'janna hai', 'jaanna hai', 'janna chahta', 'janna chahti', 'jaanna chahta', 'jaanna chahti', 'jankari dein',
    'samjhaiye',
  ],
  rhetorical: [
    'क्या सर्विस है', 'क्या सेवा है', 'क्या मज़ाक है', 'मज़ाक है क्या', 'मज़ाक बना रखा', 'क्या बकवास', 'ये कोई तरीका है',
    'यह कोई तरीका है', 'यही है आपकी सर्विस', 'यही आपकी सर्विस', 'कोई सुनने वाला है', 'कोई देखने वाला है',
    'आप लोग ... क्यों नहीं', 'तुम लोग ... क्यों नहीं', 'आप लोगों को ... क्यों नहीं', 'शर्म नहीं आती',
    'kya service hai', 'kya kamaal ki service', 'kya mazaak hai', 'mazaak hai kya', 'ye koi tarika hai',
    'aap log ... kyun nahi', 'aap log ... kyu nahi', 'sharam nahi aati', 'koi sunne wala hai',
  ],

  frustration: [
    'बर्दाश्त के बाहर', 'बर्दाश्त से बाहर', 'बर्दाश्त नहीं', 'सहन नहीं', 'सहन के बाहर', 'हद हो गई', 'हद हो गयी', 'हद है',
    'बहुत हो गया', 'तंग आ गया', 'तंग आ गई', 'तंग आ चुका', 'तंग आ चुकी', 'परेशान हो गया', 'परेशान हो गई',
    'परेशान हो चुका', 'परेशान कर रखा', 'नाराज़', 'नाराजगी', 'नाराज़गी', 'गुस्सा', 'गुस्से', 'बकवास', 'बेकार', 'घटिया',
    'शर्मनाक', 'निराश', 'निराशाजनक', 'लापरवाही', 'लापरवाह', 'धोखा', 'ठगी', 'ठग', 'मज़ाक बना', 'कोई सुनने वाला नहीं',
    'कोई सुनवाई नहीं', 'कोई जवाब नहीं दे रहा', 'सबसे खराब', 'सबसे बेकार', 'बेहद खराब', 'बहुत खराब सर्विस',
    'बिल्कुल बेकार', 'पैसे बर्बाद', 'बर्बाद', 'फालतू', 'अस्वीकार्य', 'क्या सर्विस है', 'आप लोग ... क्यों नहीं',
    'तुम लोग ... क्यों नहीं', 'शर्म नहीं आती', 'हैरान हूँ', 'हैरानी',
    'bakwas', 'bakwaas', 'bekaar', 'bekar', 'ghatiya', 'gussa', 'naraz', 'naraaz', 'tang aa gaya', 'tang aa gayi',
    'had ho gayi', 'had ho gai', 'had hai', 'bahut ho gaya', 'barbaad', 'barbad', 'dhokha', 'faltu', 'worst service',
    'koi sunne wala nahi', 'kya kamaal ki service', 'aap log ... kyun nahi', 'sharam nahi aati', 'pareshan ho gaya',
    'pareshan ho gayi', 'bardasht nahi', 'bardasht ke bahar', 'lapparwahi', 'laparwahi',
  ],
  sarcasm: [
    'वाह क्या', 'वाह बहुत बढ़िया', 'वाह बढ़िया', 'वाह कमाल', 'क्या कमाल की सर्विस', 'बहुत बढ़िया सर्विस', 'कमाल की सर्विस',
    'शानदार सर्विस', 'बढ़िया सेवा', 'वाह जी वाह', 'वाह रे',
    'wah kya', 'waah kya', 'wah bahut badhiya', 'kya kamaal', 'kamaal ki service', 'badhiya service', 'wah ji wah',
  ],
  complaint: [
    'नहीं', 'न', 'गलत', 'ग़लत', 'खराब', 'ख़राब', 'टूटा', 'टूटी', 'देरी', 'अटका', 'अटकी', 'अब तक', 'अभी तक', 'बंद',
    'समस्या', 'दिक्कत', 'परेशानी', 'शिकायत', 'कट गया', 'कट गए', 'वापस', 'रिफंड',
    'nahi', 'nahin', 'nhi', 'galat', 'kharab', 'band', 'problem', 'dikkat', 'abhi tak', 'ab tak', 'refund', 'barbaad',
  ],
  negations: ['नहीं', 'न', 'मत', 'नही', 'nahi', 'nahin', 'nhi', 'na', 'mat'],
  acronyms: [],

  urgent: [
    'तुरंत', 'तुरन्त', 'फ़ौरन', 'जल्दी', 'जल्द से जल्द', 'जल्दी से जल्दी', 'अभी के अभी', 'अभी तुरंत', 'इमरजेंसी',
    'आपातकाल', 'आपात', 'अर्जेंट', 'शीघ्र', 'अविलंब', 'तत्काल', 'फटाफट', 'आज ही',
    'turant', 'jaldi', 'jald se jald', 'jaldi se jaldi', 'foran', 'fauran', 'abhi ke abhi', 'abhi turant', 'urgent',
    'asap', 'emergency', 'tatkal', 'aaj hi', 'fatafat',
  ],
  urgentShouted: [],
  deadline: [
    'आज रात', 'आज रात को', 'आज शाम', 'आज दोपहर', 'आज ही', 'आखिरी दिन', 'आख़िरी दिन', 'अंतिम दिन', 'आखिरी तारीख',
    'अंतिम तारीख', 'कल तक', 'आज तक', 'कल सुबह तक', 'कुछ घंटों में', 'कुछ ही घंटों में',
    'aaj raat', 'aaj shaam', 'aaj hi', 'aakhri din', 'akhri din', 'last date', 'kal tak', 'aaj tak',
  ],
  deadlineWeak: ['आज', 'कल', 'परसों', 'कल सुबह', 'कल शाम', 'aaj', 'aj', 'kal', 'parso', 'kal subah', 'kal shaam'],
  futureNeed: [
    'चाहिए', 'ज़रूरी', 'ज़रूरत', 'पहुँचना', 'पहुंचना', 'करना है', 'जाना है', 'भरना है', 'देना है', 'होना है',
    'मीटिंग', 'फ्लाइट', 'फ़्लाइट', 'ट्रेन', 'परीक्षा', 'एग्ज़ाम', 'शादी', 'इंटरव्यू', 'आखिरी', 'यात्रा', 'सफ़र', 'चेक-इन',
    'किराया', 'ईएमआई', 'किस्त', 'भुगतान', 'बिल', 'ऑपरेशन', 'प्रेज़ेंटेशन', 'डेडलाइन', 'निकलना', 'निकल रहा',
    'chahiye', 'zaruri', 'jaruri', 'zarurat', 'pahunchna', 'karna hai', 'jana hai', 'jaana hai', 'bharna hai', 'dena hai',
    'meeting', 'flight', 'train', 'exam', 'shaadi', 'interview', 'rent', 'emi', 'kiraya', 'deadline',
  ],
  harm: [
    'धोखाधड़ी', 'फ्रॉड', 'फ़्रॉड', 'चोरी', 'हैक', 'ऑक्सीजन', 'अस्पताल', 'मरीज़', 'बीमार', 'दवा', 'बिजली नहीं',
    'बिजली गुल', 'पानी नहीं', 'आग', 'नुकसान हो रहा', 'घाटा हो रहा', 'फँस गया', 'फँस गई', 'फँसा हुआ', 'फँसी हुई',
    'अटका हुआ हूँ', 'अटकी हुई हूँ', 'मैंने नहीं किया', 'मैंने नहीं की', 'बिना मेरी अनुमति', 'वेबसाइट बंद', 'साइट बंद',
    'साइट डाउन', 'बुज़ुर्ग', 'बच्चा बीमार',
    'fraud', 'chori', 'hack', 'oxygen', 'hospital', 'mareez', 'mariz', 'bimaar', 'bimar', 'bijli nahi', 'light nahi',
    'paani nahi', 'pani nahi', 'nuksan ho raha', 'nuksaan ho raha', 'phas gaya', 'fas gaya', 'phans gaya', 'maine nahi kiya',
    'site down', 'website down', 'site band',
  ],
  notUrgent: [
    'कोई जल्दी नहीं', 'जल्दी नहीं', 'जल्दबाज़ी नहीं', 'कोई जल्दबाज़ी नहीं', 'ज़रूरी नहीं', 'अर्जेंट नहीं', 'आराम से',
    'फ़ुर्सत में', 'जब समय मिले', 'जब सुविधा हो', 'सुविधानुसार', 'भी चलेगा', 'भी चल जाएगा', 'कोई हड़बड़ी नहीं',
    'koi jaldi nahi', 'jaldi nahi', 'aaram se', 'araam se', 'bhi chalega', 'urgent nahi', 'koi jaldbazi nahi',
  ],

  contactVerbs: [
    'शिकायत', 'शिकायत कर*', 'शिकायत दर्ज', 'फ़ोन किया', 'फ़ोन कर*', 'कॉल किया', 'कॉल कर*', 'ईमेल किया', 'ईमेल कर*',
    'मेल किया', 'मेल कर*', 'मैसेज किया', 'मैसेज कर*', 'लिख रहा', 'लिख रही', 'लिखा था', 'लिखा', 'लिख चुका',
    'लिख चुकी', 'संपर्क किया', 'संपर्क कर*', 'बात की', 'बात हुई', 'बताया था', 'टिकट', 'कंप्लेंट', 'कम्प्लेंट',
    'कंप्लेन', 'रिक्वेस्ट डाली', 'अनुरोध किया',
    'complaint', 'complain', 'call kiya', 'call kar*', 'phone kiya', 'phone kar*', 'mail kiya', 'mail kar*',
    'email kiya', 'email kar*', 'message kiya', 'message kar*', 'msg kiya', 'msg kar*', 'likh raha', 'likh rahi',
    'likha tha', 'sampark kiya', 'baat ki', 'ticket', 'request dali',
  ],
  repeatMarkers: [
    'बार', 'फिर से', 'दोबारा', 'दुबारा', 'पहले भी', 'पहले ही', 'पिछले', 'पिछली', 'कल', 'परसों', 'बार-बार', 'कई बार',
    'baar', 'bar', 'time', 'phir se', 'fir se', 'phirse', 'firse', 'dobara', 'dubara', 'pehle bhi', 'pehle hi',
    'pichhle', 'pichle', 'pichhli', 'kal', 'already', 'again', 'twice',
  ],
  repeatPhrases: [
    'जवाब नहीं मिला', 'कोई जवाब नहीं', 'जवाब नहीं आया', 'कोई उत्तर नहीं', 'उत्तर नहीं मिला', 'कोई फ़ोन नहीं उठाता',
    'फ़ोन नहीं उठा', 'बताया गया था', 'कहा गया था', 'मुझे बताया गया', 'आपने कहा था', 'आपने वादा किया', 'वादा किया था',
    'शिकायत नंबर', 'शिकायत संख्या', 'टिकट नंबर', 'कंप्लेंट नंबर', 'आश्वासन दिया गया',
    'jawab nahi mila', 'koi jawab nahi', 'reply nahi aaya', 'reply nahi mila', 'bola gaya tha', 'bataya gaya tha',
    'aapne kaha tha', 'complaint number', 'ticket number', 'wada kiya tha',
  ],

  signOffs: [
    'धन्यवाद', 'सादर', 'शुभकामनाओं सहित', 'शुभकामनाएँ', 'आभार', 'आभार सहित', 'भवदीय', 'भवदीया', 'शुक्रिया',
    'बहुत धन्यवाद', 'धन्यवाद सहित', 'आपका', 'आपकी', 'सधन्यवाद',
    'dhanyavad', 'dhanyawad', 'dhanyavaad', 'shukriya', 'sadar', 'aabhar',
  ],
  selfIntro: [
    'मैं {name} बोल रहा', 'मैं {name} बोल रही', 'मेरा नाम {name}', '{name} बोल रहा', '{name} बोल रही', 'मैं {name} बात कर',
    'main {name} bol raha', 'main {name} bol rahi', 'mai {name} bol raha', 'mai {name} bol rahi', 'mera naam {name}',
    'mera nam {name}', '{name} bol raha', '{name} bol rahi',
  ],
  titles: ['श्री', 'श्रीमती', 'सुश्री', 'डॉ', 'डॉक्टर', 'कुमारी', 'प्रो', 'प्रोफेसर', 'मिस्टर', 'मिसेज', 'श्रीमान', 'shri', 'shrimati', 'smt'],
  honorifics: ['जी', 'साहब', 'सर', 'मैडम', 'भाई', 'भैया', 'दीदी', 'बहन', 'ji', 'sahab', 'bhaiya', 'didi'],
  teamWords: [
    'टीम', 'सपोर्ट', 'विभाग', 'कार्यालय', 'ऑफिस', 'कंपनी', 'लिमिटेड', 'प्राइवेट', 'स्टोर', 'दुकान', 'परिवार', 'प्रबंधन',
    'समिति', 'संस्था', 'ग्राहक', 'मैनेजमेंट', 'सोसाइटी',
  ],
  notNames: [
    'नमस्ते', 'नमस्कार', 'धन्यवाद', 'सादर', 'कृपया', 'मैं', 'मेरा', 'मेरी', 'आप', 'आपका', 'आपकी', 'जी', 'सर', 'मैडम',
    'जल्दी', 'तुरंत', 'मदद', 'ग्राहक', 'भवदीय', 'आभार', 'शुक्रिया', 'हेलो', 'हैलो', 'प्रणाम', 'है', 'हैं', 'हूँ', 'हूं',
    'था', 'थी', 'थे', 'रहा', 'रही', 'करें', 'करो', 'कीजिए', 'बताइए', 'भाई', 'भैया', 'दीदी', 'प्रिय', 'शुभ', 'आज',
    'कल', 'अब', 'अभी', 'ठीक', 'और', 'या', 'भी', 'बहुत', 'इंतज़ार', 'शीघ्र', 'उत्तर', 'जवाब', 'सहित',
    'namaste', 'dhanyavad', 'shukriya', 'bhai', 'bhaiya', 'ji', 'aap', 'main', 'mera',
  ],
  stopwords: [
    'मैं', 'मेरा', 'मेरी', 'मेरे', 'मुझे', 'हम', 'हमारा', 'हमारी', 'हमारे', 'हमें', 'आप', 'आपका', 'आपकी', 'आपके', 'आपको',
    'यह', 'ये', 'वह', 'वो', 'इस', 'उस', 'इसे', 'उसे', 'इसका', 'इसकी', 'है', 'हैं', 'था', 'थी', 'थे', 'हो', 'होगा', 'होगी',
    'होंगे', 'हुआ', 'हुई', 'का', 'की', 'के', 'को', 'में', 'से', 'पर', 'तक', 'और', 'या', 'लेकिन', 'भी', 'ही', 'तो',
    'कि', 'क्या', 'कब', 'क्यों', 'कैसे', 'कितना', 'कितनी', 'कितने', 'कहाँ', 'कहां', 'कौन', 'किस', 'कोई', 'कुछ', 'नहीं',
    'न', 'जी', 'कृपया', 'बताइए', 'बताएं', 'बताओ', 'अब', 'अभी', 'आज', 'कल', 'करना', 'करें', 'कर', 'किया', 'करके',
    'सकता', 'सकती', 'सकते', 'रहा', 'रही', 'रहे', 'गया', 'गई', 'गए', 'जाएगा', 'जाएगी', 'दिया', 'लिया', 'एक', 'बहुत',
    'धन्यवाद', 'नमस्ते', 'नमस्कार', 'यहाँ', 'वहाँ', 'अगर', 'जब', 'तब', 'फिर', 'वाला', 'वाली', 'वाले', 'लिए', 'साथ',
    'बारे', 'पास', 'हूँ', 'हूं', 'जाता', 'जाती', 'जाते', 'होता', 'होती', 'होते', 'मिल', 'मिलेगा', 'मिलेगी', 'सही',
    'main', 'mera', 'meri', 'mere', 'mujhe', 'hum', 'aap', 'aapka', 'aapki', 'aapke', 'aapko', 'ye', 'yeh', 'wo', 'woh',
    'hai', 'hain', 'tha', 'thi', 'ho', 'hoga', 'hogi', 'ka', 'ki', 'ke', 'ko', 'mein', 'me', 'se', 'pe', 'par', 'tak',
    'aur', 'ya', 'lekin', 'bhi', 'hi', 'toh', 'to', 'kya', 'kab', 'kyun', 'kaise', 'kitna', 'kahan', 'kaun', 'koi',
    'kuch', 'nahi', 'na', 'ji', 'please', 'batao', 'bataiye', 'ab', 'abhi', 'aaj', 'kal', 'kar', 'karna', 'karo', 'kiya',
    'karke', 'sakta', 'sakte', 'raha', 'rahi', 'rahe', 'gaya', 'gayi', 'jayega', 'diya', 'liya', 'ek', 'bahut', 'karte',
    'hain', 'hu', 'jayenge', 'wala', 'wali', 'liye',
  ],

  yesNo: [
    'हाँ', 'हां', 'जी हाँ', 'जी हां', 'नहीं', 'जी नहीं', 'बिल्कुल', 'ज़रूर', 'अवश्य', 'दुर्भाग्य से', 'संभव नहीं',
    'सकते हैं', 'सकती हैं', 'सकता है', 'सकती है', 'नहीं लगता', 'नहीं लगेगा', 'लगेगा', 'मिलेगा', 'मिल सकती', 'मिल सकता',
    'haan', 'han', 'ha', 'ji haan', 'nahi', 'bilkul', 'zaroor', 'jarur', 'sakte hain', 'sakti hain', 'sakta hai',
  ],
  acknowledge: [
    'खेद', 'माफ़ी', 'क्षमा', 'क्षमाप्रार्थी', 'माफ़ कीजिए', 'माफ़ करें', 'समझ सकते', 'समझ सकता', 'समझ सकती', 'समझते हैं',
    'समझती हूँ', 'समझता हूँ', 'अफ़सोस', 'दुख', 'दुःख', 'असुविधा के लिए', 'परेशानी के लिए', 'तकलीफ़ के लिए', 'शर्मिंदा',
    'नहीं होना चाहिए था', 'परेशान करने वाला', 'sorry',
    'maafi', 'maaf', 'khed', 'samajh sakte', 'samajhte hain', 'samajh sakta', 'samajh sakti', 'asuvidha ke liye',
    'pareshani ke liye', 'afsos', 'dukh',
  ],
  causal: [
    'क्योंकि', 'की वजह से', 'के कारण', 'कारण', 'वजह', 'होने से', 'होने की वजह', 'होने के कारण', 'के चलते', 'इसलिए',
    'दरअसल', 'असल में', 'गड़बड़ी', 'खराबी',
    'kyunki', 'ki wajah se', 'wajah', 'ke karan', 'karan', 'isliye', 'hone se', 'asal mein', 'chal raha hai',
  ],
  deferral: [
    'देख रहे हैं', 'देख रही है', 'देखा जा रहा', 'जाँच कर रहे', 'जांच कर रहे', 'जाँच की जा रही', 'जांच की जा रही',
    'विचाराधीन', 'प्रयास कर रहे', 'कोशिश कर रहे', 'कोशिश करेंगे', 'धैर्य रखें', 'धैर्य बनाए रखें', 'प्रतीक्षा करें',
    'dekh rahe', 'dekh rahi', 'check kar rahe', 'koshish kar rahe', 'koshish karenge', 'dhairya rakhein',
  ],
  closing: [
    'कोई और सवाल', 'कोई अन्य प्रश्न', 'किसी और सहायता', 'किसी भी सहायता', 'किसी और मदद', 'धन्यवाद', 'शुभकामनाएँ',
    'शुभकामनाएं', 'स्वागत', 'खुशी हुई', 'आपका दिन शुभ',
    'koi aur sawal', 'kisi aur madad', 'dhanyavad', 'shubhkamnayein',
  ],
  instruction: [
    'करें', 'कीजिए', 'कीजिये', 'करिए', 'चुनें', 'चुनिए', 'दबाएँ', 'दबाएं', 'दबाइए', 'जाएँ', 'जाएं', 'जाइए', 'भेजें',
    'भेजिए', 'भरें', 'भरिए', 'डालें', 'डालिए', 'लें', 'लीजिए', 'दें', 'दीजिए', 'रखें', 'रखिए', 'खोलें', 'खोलिए',
    'देखें', 'देखिए', 'आइए', 'आएं', 'आएँ', 'लाएँ', 'लाएं', 'लाइए', 'पहुँचें', 'जाँचें', 'जांचें', 'हटाएँ', 'हटाएं',
    'जोड़ें', 'जाकर', 'बताएँ', 'चलाएँ', 'चलाएं', 'लगाएँ', 'लगाएं',
    'karein', 'karen', 'kijiye', 'kijie', 'kariye', 'chunein', 'chuniye', 'dabaye', 'dabaiye', 'jaiye', 'jaaiye',
    'bhejiye', 'bhejein', 'bhariye', 'daaliye', 'daliye', 'lijiye', 'dijiye', 'rakhiye', 'kholiye', 'dekhiye', 'jaake',
    'jaakar', 'jakar',
  ],
  nonAction: ['सक*', 'लग*', 'समझ*', 'देख*', 'सुन*', 'सोच*', 'पाया', 'चाह*', 'sak*', 'lag*', 'samajh*', 'dekh*', 'sun*', 'soch*'],
  vague: [
    'जल्द', 'जल्द ही', 'जल्दी', 'जल्दी ही', 'शीघ्र', 'यथाशीघ्र', 'कुछ दिनों में', 'कुछ समय', 'समाधान', 'उचित कार्रवाई',
    'आवश्यक कार्रवाई', 'कार्रवाई की जाएगी',
    'jaldi', 'jald hi', 'jald', 'kuch dino mein', 'solve kar denge', 'dekh lenge', 'samadhan',
  ],

  timeUnits: [
    'मिनट*', 'घंटे', 'घंटा', 'घंटों', 'घण्टे', 'घण्टा', 'दिन', 'दिनों', 'कार्य दिवस*', 'कार्यदिवस*', 'वर्किंग डे*',
    'हफ्ते', 'हफ़्ते', 'हफ्ता', 'हफ़्ता', 'हफ्तों', 'सप्ताह*', 'महीने', 'महीना', 'महीनों',
    'minute*', 'min', 'mins', 'ghante', 'ghanta', 'ghanton', 'din', 'dino', 'dinon', 'hafte', 'hafta', 'mahine', 'mahina',
  ],
  dayWords: [
    'आज', 'कल', 'परसों', 'सोमवार', 'मंगलवार', 'बुधवार', 'गुरुवार', 'बृहस्पतिवार', 'शुक्रवार', 'शनिवार', 'रविवार',
    'इतवार', 'सुबह', 'दोपहर', 'शाम', 'रात', 'अगले हफ्ते', 'अगले सप्ताह',
    'aaj', 'aj', 'kal', 'parso', 'somvar', 'somwar', 'mangalvar', 'mangalwar', 'budhvar', 'budhwar', 'guruvar', 'guruwar',
    'shukravar', 'shukrawar', 'shanivar', 'shaniwar', 'ravivar', 'raviwar', 'itvar', 'subah', 'dopahar', 'shaam', 'raat',
  ],
  months: [
    'जनवरी', 'फ़रवरी', 'फरवरी', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितंबर', 'सितम्बर', 'अक्टूबर',
    'नवंबर', 'नवम्बर', 'दिसंबर', 'दिसम्बर', 'तारीख', 'तारीख़', 'तारीख को',
  ],
  bounds: ['तक', 'में', 'के अंदर', 'के भीतर', 'से पहले', 'अंदर', 'भीतर', 'tak', 'mein', 'me', 'ke andar', 'ke bheetar', 'se pehle', 'andar'],
  pastMarkers: ['पिछले', 'पिछली', 'पिछला', 'बीते', 'पहले', 'से', 'pichhle', 'pichle', 'pichhli', 'pehle', 'se'],
  policy: [
    'नियम', 'नीति', 'पॉलिसी', 'शर्त', 'शर्तें', 'वारंटी', 'गारंटी', 'किसी भी ऑर्डर', 'सभी ऑर्डर', 'वापस किया जा सकता',
    'लौटाया जा सकता', 'वापसी नीति', 'policy', 'niyam', 'rule',
  ],
  offer: ['उपलब्ध', 'खाली', 'स्लॉट', 'सुविधाजनक', 'कौन सा समय', 'जो भी समय', 'चाहें तो', 'पसंद', 'या फिर', 'available', 'slot', 'chahein to', 'jo bhi time'],
  setting: [
    'हर', 'प्रति', 'प्रत्येक', 'हर महीने', 'मासिक', 'साप्ताहिक', 'रोज़', 'रोज', 'तारीख चुनें', 'बिलिंग तारीख', 'वैध',
    'वैधता', 'वैलिडिटी', 'har', 'har mahine', 'validity', 'per month',
  ],
  generic: ['आमतौर पर', 'आम तौर पर', 'सामान्यतः', 'सामान्य तौर पर', 'अक्सर', 'ज़्यादातर', 'अधिकतर', 'aam taur pe', 'aam taur par', 'aksar'],

  suggestions: {
    answerQuestions: 'आपके सवाल “{question}” का जवाब: ',
    useName: 'नमस्ते {customer.firstName} जी,',
    acknowledgeFeeling: 'इस परेशानी के लिए हमें सच में खेद है — आपकी नाराज़गी हम समझ सकते हैं।',
    setExpectation: 'मैं आज [समय] तक आपको अपडेट दूँगा/दूँगी।',
    nextStep: 'आगे क्या होगा: मैंने [काम] कर दिया है, और [अगला कदम / आपको क्या करना है]।',
  },
  suggestionsLatin: {
    answerQuestions: 'Aapke sawaal “{question}” ka jawab: ',
    useName: 'Namaste {customer.firstName} ji,',
    acknowledgeFeeling: 'Is pareshani ke liye humein sach mein khed hai — aapki naraazgi hum samajh sakte hain.',
    setExpectation: 'Main aaj [time] tak aapko update dunga/dungi.',
    nextStep: 'Aage kya hoga: maine [kaam] kar diya hai, aur [agla step / aapko kya karna hai].',
  },
};

/*
 * given_names.c - common given names by the gender they usually go with,
 * for the speakers' genders (src/attrib/speakers.c, through the table of
 * name_words.c). Written from general knowledge of US and international
 * names in the news. Names that go with either gender as often (Jordan,
 * Taylor, Pat, Kim, Leslie, Tracy), or that are usually surnames
 * (Clinton, Harris, Wilson), are in neither list.
 */
#include "attrib/name_words.h"

static const char *const MEN[] = {
    "aaron", "abdou", "abdoulaye", "abdul", "abdullah", "abebe",
    "abel", "abiy", "abraham", "adel", "adrian", "agus", "agustin",
    "ahmad", "ahmet", "aidan", "ajay", "akbar", "akhilesh", "akira", "alan", "alastair", "albert", "alberto",
    "alec", "alejandro", "aleksandar", "aleksander", "aleksi", "alemayehu", "alex", "alexander", "alexei", "alexey", "alfonso",
    "alfred", "ali", "alistair", "allen", "alvaro", "alvin", "amadou", "amaury", "amir", "amit", "amitabh", "amos",
    "anatoly", "anders", "andre", "andreas", "andrei", "andres", "andrew", "andrey", "andrzej", "andrés",
    "andy", "angel", "angelo", "anil", "anthony", "antoine", "anton", "antonin", "antonio", "aram", "archie",
    "ari", "arjun", "arkady", "armand", "armando", "armen", "arnaud", "arnold", "arseniy", "artem", "arthur", "artur",
    "arturo", "arun", "arvid", "arvind", "asa", "ashok", "asif", "askar", "axel", "ayman", "babajide", "babatunde",
    "bakhtiyor", "barney", "barry", "bart", "bashar", "bassam", "beau", "ben", "benedict", "benedikt", "benny", "benoit",
    "benoît", "berhanu", "bernard", "bert", "bertrand", "bilal",
    "billy", "biniam", "bjorn", "bob", "bobby", "bogdan", "bohdan",
    "bongani", "boris", "boubacar", "boyd", "brad", "bradley", "brandon", "brendan", "brent", "brett",
    "brian", "brock", "bruce", "bruno", "bryan", "bryce", "buck", "bud", "burak", "burt", "byron", "caleb", "calvin",
    "carl", "carlo", "carlos", "carlton", "cathal", "cecil", "cedric", "cesar", "chad", "charles", "charlie",
    "cheikh", "chester", "chidi", "chinedu", "chip", "chris", "christophe", "christopher", "chuck",
    "chukwuemeka", "cian", "ciaran", "ciarán", "clarence", "clark", "claude", "clay", "clayton", "clement", "clifford",
    "clint", "clyde", "cody", "colby", "cole", "colin", "colm", "connor", "conor", "conrad", "corey",
    "cormac", "cornelius", "cory", "craig", "cristian", "curt", "curtis", "cyrus", "dafydd", "daichi",
    "daisuke", "dale", "damian", "damien", "damon", "dan", "daniel", "danny", "dante", "dario", "darius",
    "darnell", "daron", "darragh", "darrell", "darren", "darryl", "daryl", "dave", "david", "davit", "dawit", "dean",
    "declan", "deepak", "demetrius", "denis", "dennis", "denys", "derek", "dermot", "derrick", "deshawn", "desmond",
    "devin", "diarmuid", "dick", "didier", "diego", "dieter",
    "dirk", "dmitri", "dmitry", "dmytro", "do-yun", "dominic",
    "don", "donal", "donald", "dong-hyun", "donnie", "doug", "douglas", "dragan", "duane", "dustin", "dwayne",
    "dwight", "dónal", "eamon", "eamonn", "earl", "eddie", "edgar", "edmond", "edmund", "eduardo", "edward",
    "edwin", "efrain", "elchin", "eli", "elias", "elliot", "elmer", "emanuele", "emeka", "emil", "emilio",
    "emmanuel", "emmet", "emmett", "emre", "enda", "enrico", "enrique", "enzo", "eoin", "eric", "erick",
    "erik", "ermias", "ernest", "ernesto", "ernie", "esteban", "ethan", "etienne", "eugene", "evan", "everett",
    "evgeny", "ewan", "ezekiel", "ezra", "fabien", "fabio", "fabrizio", "facundo", "fadi", "fahad", "faisal",
    "farhod", "farid", "fawzi", "federico", "felipe", "felix", "femi", "ferdinand", "ferenc", "fergal", "fernando",
    "fidel", "fintan", "florian", "floyd", "francis", "francisco", "francois", "frank", "franklin", "frans",
    "françois", "fred", "freddie", "freddy", "frederic", "frederick", "friedrich", "fritz", "fumio", "fyodor",
    "gabor", "gabriel", "gael", "gareth", "garrett", "gary", "gautam", "gavin", "gaël", "geert", "gene",
    "gennadi", "gennady", "geoff", "geoffrey", "george",
    "gerald", "geraldo", "gerard", "gerhard", "getachew", "gianluca",
    "gianni", "gilbert", "gilberto", "gilles", "giorgi", "giorgio", "giovanni", "girma", "giuseppe", "gleb", "glen",
    "glenn", "gokhan", "goncalo", "gonzalo", "gonçalo", "gopal",
    "goran", "gord", "gordon", "graeme", "graham", "greg", "gregg", "gregory",
    "grigory", "grzegorz", "guillaume", "gus", "gustavo", "guy",
    "gábor", "ha-jun", "hakan", "hal", "hamid", "hamza", "hank",
    "hans", "harish", "harold", "harry", "haruki", "haruto", "harvey", "hassan", "hayan", "hector",
    "heinrich", "helmut", "henrik", "henry", "herbert", "herman", "herschel", "herve", "hervé", "hiroshi",
    "homer", "horst", "hossein", "howard", "hugh", "hugo", "huseyin", "hyun-woo", "ian", "ibrahim",
    "ibrahima", "ichiro", "idrissa", "ignacio", "igor", "ihor", "ikechukwu", "ilham", "ilija", "ilya", "imran",
    "inigo", "ioannis", "ira", "irakli", "isaac", "isaiah", "ismael", "ismail", "istvan", "istván", "ivan", "ivo", "iván",
    "iwan", "jabulani", "jack", "jacob", "jacques", "jae-hyun", "jae-in", "jagdish", "jaime", "jair", "jake", "jakub",
    "jalen", "jamal", "james", "jamshid", "janos", "jared", "jaroslaw", "jarrod", "jason", "jasper", "javad", "javier",
    "jawad", "jay", "jean-baptiste", "jean-claude", "jean-francois", "jean-françois", "jean-jacques",
    "jean-louis", "jean-luc", "jean-marie", "jean-michel", "jean-paul", "jean-pierre", "jean-yves", "jeffrey",
    "jens", "jeremiah", "jeremy", "jerome", "jerry", "jesus", "jesús", "ji-hoon", "jim", "jimmy", "jiri",
    "jiří", "joachim", "joao", "joaquin", "joel", "johan",
    "johnny", "jomo", "jonah", "jonathan", "joo-won", "jordi",
    "jorge", "joschka", "jose", "josef", "joseph", "josh", "joshua", "josé", "joão", "juan", "juhani", "julian",
    "julio", "jun-seo", "junaid", "junichiro", "jurgen", "justin", "jános", "jürgen", "kairat", "kamran", "kapil",
    "kareem", "karim", "karl", "kasper", "katsunobu", "kazuo", "keir", "keith", "ken", "kenichi", "kenji", "kenneth",
    "kent", "kenta", "kevin", "khaled", "khalid", "khalil", "kieran", "kirill", "kirk", "klaus", "kofi",
    "koji", "kojo", "konstantin", "krzysztof", "kunle", "kurt", "kwabena", "kwame", "kwesi", "kyle",
    "lachlan", "lamar", "lamine", "lance", "larry", "lars", "laszlo", "laurence", "laurent", "lautaro",
    "lawrence", "leandro", "lech", "lennart", "leo", "leon", "leonard", "leonid", "leroy", "lester", "levan",
    "lewis", "liam", "lionel", "lloyd", "loic", "lorcan", "lorenzo", "lou", "louis", "lowell", "loïc", "luc",
    "luca", "lucas", "lucien", "ludovic", "ludwig", "luigi", "luis",
    "luiz", "lukas", "lukasz", "luke", "luther", "luís", "lwazi", "lyndon",
    "lászló", "magnus", "mahesh", "mahmoud", "majed", "majid", "maksim", "maksym", "malcolm", "mamadou",
    "mandla", "manish", "manmohan", "manny", "manuel", "marat", "marc", "marcel", "marcus", "marek",
    "mariano", "mario", "markus", "marlon", "martin", "marvin", "marwan", "masahiro", "masato", "massimo",
    "mateo", "mateus", "mathias", "mathieu", "matias", "matteo", "matthew", "matthias", "matthieu", "matías",
    "maurice", "mauricio", "max", "maxwell", "mehdi", "mehmet", "melvin", "mesfin", "micah", "michael", "micheal",
    "miguel", "mikael", "mike", "mikhail", "miles", "milos", "miloš", "milton", "min-jun", "miroslav",
    "miroslaw", "mitch", "mitchell", "mitt", "mohamed", "mohammad", "mohan", "morris", "morton", "moses", "moussa",
    "mulugeta", "murat", "murray", "musa", "mustafa", "mykola", "mícheál", "nabil", "naoki", "naoto", "narendra",
    "nasser", "nathan", "nathaniel", "naveed", "neal", "ned", "neil", "nestor", "niall", "nicolas", "nicolás",
    "nigel", "nikolai", "nikolay", "nikoloz", "nils", "nisar", "nitin", "nitish", "noel", "norman", "normand", "nuno",
    "nurlan", "obinna", "octavio", "oisin", "oisín", "olaf", "oleg", "oleh", "oleksandr", "oleksiy", "oliver",
    "olivier", "olumide", "omar", "ondrej", "orazio", "orlando", "orrin", "oscar", "osvaldo", "otto",
    "ousmane", "owain", "owen", "pablo", "padraig", "paolo", "pascal", "patrick", "paul", "paulo", "pavel",
    "pawel", "pedro", "percy", "pete", "peter", "petr", "petro", "phil", "philip", "philippe", "pierre",
    "piet", "pieter", "piotr", "piyush", "pradeep", "pranab", "pranav", "preston", "pádraig", "przemyslaw", "raed", "rafael",
    "rahul", "raila", "raj", "rajesh", "rajiv", "rakesh", "ralph", "ramesh", "rami", "ramil", "ramon",
    "randal", "randall", "randolph", "randy", "rashad", "rashid", "rasmus", "raul", "ravi", "ray", "raymond", "raúl",
    "recep", "reggie", "reginald", "reince", "remi", "rene", "reuben", "rex", "reza", "rhys", "ricardo",
    "richard", "rick", "ricky", "rinat", "rob", "robby", "robert", "roberto", "rod", "rodney", "rodolfo",
    "rodrigo", "roger", "rohit", "roland", "rolando", "rolf", "roman", "ron", "ronald", "ronan", "rory",
    "ross", "roy", "ruairi", "ruairí", "ruben", "rudolph", "rudy", "rufus", "rui", "rupert", "ruslan", "russ",
    "russell", "rustam", "rutger", "ryan", "réjean", "rémi", "sachin", "salim", "salman", "salvador", "sam", "sameer",
    "sami", "samir", "samuel", "sandeep", "sanjay", "santiago", "satoshi", "saul", "scot", "scott", "seamus",
    "sean", "sebastian", "sebastien", "segun", "seo-jun", "sergei",
    "sergey", "sergio", "serkan", "seth", "seung-hoon", "seydou",
    "seán", "shahid", "shane", "shashi", "shaun", "shavkat", "shawn", "sheldon", "sherman", "shigeru",
    "shinjiro", "shinzo", "shyam", "si-woo", "sid", "sigmar", "silvio", "simon", "sipho", "sizwe", "solomon", "sourav", "stan",
    "stanislav", "stanley", "stavros", "stefan", "stefano", "stellan", "stephane", "stephen", "steve", "steven",
    "stewart", "stig", "stuart", "stéphane", "sudhir", "sung-min", "sunil", "suren", "suresh", "sven", "séamus",
    "sébastien", "sérgio", "tad", "tadhg", "tafadzwa", "takashi", "takeshi", "tamati", "tane", "taras", "tarek", "tariq",
    "taro", "ted", "tendai", "teodor", "terence", "terrence", "tetsuya", "tewodros", "thabo", "thaddeus", "themba", "theodore", "thiago",
    "thibault", "thierry", "thomas", "thorsten", "thurgood", "tiago", "tibor", "tigran", "tim", "timothy",
    "timur", "tinashe", "tobias", "toby", "todd", "tom", "tomas", "tomasz", "tommy", "tony", "toshiro",
    "travis", "trent", "trevor", "trey", "troy", "tunde", "ty", "tyler", "uhuru", "ulugbek", "ulysses",
    "umar", "umberto", "uri", "usman", "uwe", "vaclav", "vadim", "vakhtang", "valentin", "valery", "vance",
    "vasily", "vernon", "vic", "victor", "vijay", "vikram", "viktor", "vin", "vince", "vincent", "vinicius",
    "vinod", "virat", "virgil", "vitali", "vitaliy", "vitaly", "vittorio", "vivek", "vladimir", "vladislav",
    "volker", "volodymyr", "vusal", "vusi", "vyacheslav", "václav", "wade", "wael", "waleed", "walid", "wallace",
    "walt", "walter", "waqar", "warren", "wayne", "wendell", "wes",
    "wesley", "whit", "wieslaw", "wilbur", "wilfred", "wilfredo",
    "willard", "william", "willis", "winfried", "winston", "wojciech", "wolfgang", "woodrow", "wopke",
    "xavier", "yaakov", "yann", "yannick", "yaroslav", "yasser", "yasuo", "ye-jun", "yerlan", "yevgeny", "yitzhak",
    "yohannes", "yonas", "yosef", "yoshihide", "yoshimasa", "yousef", "youssef", "yukio",
    "yuri", "yury", "yusuf", "yuto", "yves", "zach",
    "zachary", "zack", "zbigniew", "zeke", "ziad", "zoltan", "zoltán", "zoran", "zubair", "zurab", "álvaro",
    "éamon", "étienne", "íñigo",
    /* the eighth audit's Scottish, Welsh, Yoruba and Māori names */
    "adewale", "aled", "callum", "fergus", "hamish", "hemi", "wiremu",
    /* the sixteenth audit's Portuguese ("Both Duarte and Celeste Ferreira") */
    "duarte", "vasco", "afonso", "bernardo", "henrique", "sebastião", "simão",
    /* the twenty-sixth audit's Pakistani names, whose first word had been
     * cut before a listed one ("Ghulam Mustafa Bhatti" had been "Mustafa
     * Bhatti", "Syed Kamran Bukhari" "Kamran Bukhari") */
    "ghulam", "syed", "mian", "muhammad", "zahid", "imtiaz", "aslam",
    /* the thirty-first and thirty-second audits' Nordic, Romanian and
     * Spanish names ("Maren believes" after "Maren Lindqvist, 52," had
     * been a person of its own) */
    "einar", "bjørn", "knut", "ole", "torsten", "kjell", "gunnar", "ebbe", "søren", "soren", "jón", "jon",
    "iosif", "teodoro",
    /* the forty-fourth audit's North African names ("Osama Bin Ghalboun"
     * after "The spokesman for the rival government," had been a body by
     * the entity tagger) */
    "osama", "usama", "mondher", "hédi", "hedi", "smaïl", "smail", "kaïs", "kais", "tamer", "abdulsalam",
    "mostafa", "rachid", "tarik", "mourad", "kamel", "hichem", "sofiane", "ilyes", "noureddine", "abdelkader",
    "abdellah", "abdelaziz",
    /* the forty-fifth audit's Nepali names ("Ganga Bahadur Pun Magar" had
     * been "Pun Magar") */
    "hem", "bishnu", "ganga", "pushpa", "sher", "madhav", "baburam", "khadga",
    /* the forty-eighth audit's Egyptian and Sudanese, Hungarian and Latvian
     * names ("Fouad Abdel-Maqsoud Gaber" had been "Abdel-Maqsoud Gaber") */
    "fouad", "hashim", "hisham", "idris", "medhat", "saber", "gergely", "ilgvars",
    /* and Central Africa's French ones */
    "célestin", "celestin", "ebenezer", "fulbert", "anatole",
    /* the forty-ninth audit's Sri Lankan, Nepali and Bhutanese names
     * ("Senior Superintendent of Police Ruwan Kithsiri Gunasekara" had
     * been "Kithsiri Gunasekara", his role ending in "Ruwan") */
    "ruwan", "nalin", "thilina", "bhim", "sherub", "tshewang", "jigme", "phurba",
    /* the sixtieth audit's Catalan, Basque and Galician names ("Lliga leader
     * Carles Puigdollers i Mas" had been "Puigdollers i Mas"), Senegalese,
     * Faroese and Māori ones */
    "carles", "lluís", "lluis", "josep", "oriol", "pere", "jaume", "pau", "ferran", "arnau", "iñigo", "aitor",
    "unai", "mikel", "xabier", "iker", "gorka", "xosé", "xoán", "anxo", "pape", "moustapha", "sjúrður", "rúni",
    "jákup", "hāmiora", "rewi", "tamihana", "hōhepa", "rāwiri", "hēmi",
    /* the sixty-third audit's Turkish and Turkish Cypriot names ("The
     * chairman, Ertuğrul Hakkı Baysal," had been "Hakkı Baysal") */
    "ertuğrul", "ertugrul", "hüseyin", "huseyin", "kemal", "hakkı", "hasan", "hüsnü", "oğuz", "gökhan", "selim",
    "kadir", "osman", "erdal", "ufuk", "tuncay", "cemal", "levent",
    /* the sixty-fourth audit's Cuban and Sahelian names ("Minister of Finance
     * and Prices Dagoberto Hechavarría Lay" had kept "Prices") */
    "dagoberto", "yoel", "yordanis", "yunior", "reinaldo", "lázaro", "lazaro", "tomás", "halidou", "abdoul",
    "soumaïla", "soumaila", "boureima", "hamadoun", "évariste", "issaka", "mahamadou", "siaka", "aliou",
    "ahmoudou", "souleymane", "salif",
    /* and Armenian ones ("Deputy High Commissioner for Diaspora Affairs
     * Tatevik Hrachi Simonyan" had kept the portfolio) */
    "gurgen", "hovik", "hovhannes", "nareg", "ashot", "vardan", "arsen", "levon", "hrant", "sargis", "vahe",
    "hrachya", "yeznik",
    /* and the sixty-sixth's Andean ones */
    "ramiro", "remberto",
    /* and the sixty-seventh's Somali ones ("Aweys Hassan Dheere" had been
     * "Hassan Dheere", the father's name a listed given name) */
    "aweys", "khadar", "abdiwahid", "abdikarim", "mustafe", "abdiwali", "abdirahman", "abdisalam", "abdullahi",
    /* the sixty-eighth to seventieth audits' Wolof, Shona, Croatian, Romanian,
     * Indian, Turkish and Japanese names, whose genders the pronouns asked */
    "babacar", "modou", "saliou", "malick", "demba", "fallou", "tawanda", "tongai", "tichaona", "kudakwashe",
    "stipe", "dragoș", "vijaysinh", "nevzat", "yasuhiro",
    /* and the ninety-second's Sicilian ones ("Francesco Paolo Scimeca" had
     * been "Paolo Scimeca", its first given name unlisted) */
    "francesco", "vito", "leonardo", "salvatore", "gaetano", "vincenzo", "calogero", "carmelo", "gioacchino",
    "ignazio", "domenico", "alfio", "sebastiano", "biagio", "pietro", "alessandro", "daniele",
    /* and the hundred-and-third's Polish and Russian ones ("Deputy Marshal of
     * the Pomeranian Voivodeship Jacek Wrycza-Ostrowski" had kept the
     * voivodeship) */
    "jacek", "przemysław", "bartłomiej", "mirosław", "jarosław", "ryszard", "stanisław", "kazimierz", "leszek",
    "mariusz", "dariusz", "tadeusz", "józef", "zdzisław", "dawid", "kamil", "artyom",
    /* and the hundred-and-fourth's Pakistani and Afghan ones ("Senior
     * Superintendent of Police (SSP) Operations Nazia Baloch" had kept
     * "Operations") */
    "muzaffar", "naseer", "qadir", "rahmatullah", "nematullah", "haider", "shakeel", "asad", "ishaq", "baqir",
    "mohsin", "nasir", "sakhi"
};

static const char *const WOMEN[] = {
    "abby", "abena", "adaeze", "adele", "adriana", "agnes", "agnieszka", "agnès", "aigerim", "aiko", "aileen",
    "aisha", "aishwarya", "aisling", "akiko", "akinyi", "akosua", "alana", "alejandra", "alessandra",
    "alexandra", "alexandria", "alicia", "alina", "alison", "allison", "alma", "almaz", "amaka", "amal", "amanda",
    "amandla", "amara", "amelia", "amelie", "amina", "aminata", "amira", "amy", "amélie", "ana", "anahit",
    "anastasia", "andrea", "angela", "angelina", "angelique", "anika", "anita", "anjali", "anke", "ann", "anna",
    "annabelle", "annalena", "anne", "annelie", "annelies", "annette", "annie", "annika", "anouk", "antoinette", "antonia", "aoife",
    "april", "ariana", "arianna", "arlene", "astrid", "audrey", "aurelie", "aurélie", "ava", "ayesha",
    "aynur", "ayse", "ayşe", "azadeh", "aziza", "barbara", "beata", "beatrice", "beatriz", "becky", "belinda",
    "bernadette", "bernice", "beth", "bethany", "betsy", "betty", "beverly", "bianca", "birgit", "bonnie",
    "borislava", "bozena", "brenda", "bridget", "brigitte", "britney", "brittany", "brooke", "bukola", "camila", "camille",
    "candace", "caoimhe", "cara", "carla", "carmen", "carol", "carolina", "caroline", "carolyn", "carrie", "carys",
    "cassandra", "catalina", "catherine", "cathy", "cecile", "cecilia", "celeste", "celia", "chae-won", "chantal",
    "charlene", "charlotte", "chelsea", "cheryl", "chiamaka", "chiara", "chioma", "chloe", "christiane",
    "christie", "christina", "christine", "ciara", "cindy", "claire", "clara", "clarissa", "claudia",
    "clodagh", "colleen", "connie", "constance", "consuelo", "cora", "courtney", "cristina", "crystal",
    "cynthia", "cécile", "daisy", "dalia", "daniela", "daphne", "daria", "darlene", "darya", "dawn", "deb", "debbie",
    "deborah", "debra", "deepa", "deepika", "deirdre", "delores", "delphine", "denise", "diana", "diane",
    "dianne", "dilnoza", "dinara", "divya", "dolores", "donna", "dora", "doreen", "doris", "dorota", "dorothy", "dragana",
    "dympna", "edith", "edna", "efua", "eileen", "eimear", "ekaterina", "elaine", "eleanor", "elena", "elif", "elisa",
    "elisabeth", "elisabetta", "elise", "eliza", "elizabeth", "ella", "ellen", "elodie", "eloise", "elsa",
    "elzbieta", "emi", "emiko", "emilia", "emily", "emine", "emma", "erica", "erika", "erin", "esperanza", "esther",
    "ethel", "eugenia", "eun-ji", "eva", "evelyn", "ewa", "farah",
    "faith", "fatima", "fatma", "fatou", "federica", "femke", "fernanda",
    "ffion", "fiona", "fionnuala", "florence", "florencia", "folake", "frances", "francesca", "francine",
    "francoise", "françoise", "frauke", "freya", "funmilayo", "gabriela", "gabrielle", "gail", "galina",
    "gayane", "gayle", "geeta", "geneviève", "georgia", "geraldine", "ghada", "gina", "giorgia", "gita", "giulia",
    "gladys", "glenda", "gloria", "graca", "grainne", "grazyna",
    "greta", "gráinne", "guadalupe", "gudrun", "gulnara", "gunel",
    "gwen", "gwendolyn", "ha-eun", "hailey", "hala", "halima",
    "halina", "hana", "hanan", "hanna", "hannah", "hanne", "harriet",
    "haruka", "hatice", "hazel", "heather", "heidi", "heike",
    "helen", "helena", "helene", "helga", "hilary", "hillary",
    "hirut", "hiwot", "holly", "huda", "hye-jin", "hélène",
    "ida", "ifeoma", "ilhan", "imani", "indira", "ines", "ingeborg",
    "ingrid", "inés", "inês", "irene", "irina", "iris", "iryna", "isabel", "isabela", "isabella", "isabelle",
    "ivana", "jackie", "jacqueline", "jadwiga", "jana", "jane", "janelle", "janet", "janice", "janine", "jasmine",
    "jeanette", "jeanne", "jeannie", "jelena", "jenna", "jennie", "jennifer", "jenny", "jessica", "ji-yeon",
    "jill", "joan", "joana", "joanna", "joanne", "jocelyn", "jocelyne", "josephine", "joy", "joyce", "juana", "judith", "judy",
    "julia", "juliana", "julianne", "julie", "juliet", "juliette", "june", "jutta", "kamala", "karen",
    "karin", "karina", "katarzyna", "kate", "katharina", "katherine", "kathleen", "kathryn", "kathy", "katie",
    "katrin", "katrina", "katya", "kavita", "kayla", "keiko", "keisha", "ketevan", "khadija", "kirsten",
    "klara", "kristen", "kristin", "kristina", "ksenia", "kseniya", "laila", "lakshmi", "lara", "larisa", "larissa", "latoya",
    "laura", "lauren", "laurie", "layla", "lea", "leah",
    "leena", "leila", "lemlem", "lena", "lerato", "leticia", "leyla", "lila",
    "liliana", "lillian", "lily", "lina", "linda", "lindiwe", "lindsay", "lisa", "liz", "lois", "lorena",
    "loretta", "lori", "lorna", "lorraine", "lotte", "louisa", "louise", "lucia", "luciana", "lucille",
    "lucy", "lucía", "ludmila", "luisa", "luiza", "lusine", "lydia", "lynn", "lyubov", "lyudmila", "mabel", "madeleine",
    "madeline", "madina", "mae", "maeve", "magdalena", "maggie", "maia", "mairead", "malala", "malgorzata",
    "malia", "mallory", "mamata", "mara", "marcela", "marcia", "margaret", "margarita", "margot", "maria", "marina",
    "mariah", "mariam", "mariama", "marian", "mariana", "marie", "marieke", "mariko", "marilyn", "marion",
    "marisa", "marissa", "marit", "marjorie", "marsha", "marta", "martha", "mary", "maryam", "maría", "mathilde",
    "maureen", "maxine", "maya", "mayawati", "mayra", "małgorzata", "meena", "meera", "meg", "megan", "megyn", "mei", "mekdes", "melanie",
    "melanne", "melinda", "melissa", "meral", "mercedes", "mereana", "meredith",
    "meron", "meseret", "mette", "mia", "michaela", "michelle",
    "michiko", "mildred", "milena", "min-ji", "min-seo", "miranda", "mireille", "mirela", "miriam", "misaki", "molly",
    "mona", "monica", "monique", "muriel", "myra", "máiréad", "nadezhda", "nadia", "nadine", "nancy",
    "nandi", "nandini", "nanette", "naoko", "naomi", "nasrin", "natalia", "natalie", "natalya", "natasha", "nathalie",
    "neera", "neha", "nellie", "ngozi", "nia", "niamh", "nicole", "nina", "nirmala", "njeri", "nkechi", "nneka",
    "nodira", "nomsa", "nomvula", "noor", "nora", "noriko", "norma", "noura", "nuala", "nuria", "odile", "oksana", "olga",
    "olivia", "oonagh", "orla", "ottilie", "padma", "paige", "pallavi", "paloma", "pam", "pamela", "paola", "parisa",
    "pascale", "patricia", "patti", "patty", "paula", "paulina", "pauline", "peggy", "penelope", "penny", "petra", "phyllis",
    "pilar", "polina", "polly", "pooja", "priscilla", "priya", "puja", "rachel", "radha", "raffaella",
    "rania", "raquel", "rasha", "rashida", "raymonde", "rebecca", "rebekah", "reem", "regina", "rekha", "renata", "renee",
    "rhona", "rhonda", "rita", "roberta", "robyn", "rochelle", "rocio", "rocío", "roisin", "rosa", "rosalind",
    "rosemary", "rosie", "roxanne", "ruby", "ruth", "róisín", "sabine", "sabrina", "sachiko", "sadie",
    "sakura", "sally", "salma", "samantha", "samira", "sanae", "sandra", "sanna", "sanne", "saoirse", "sara",
    "sarah", "saskia", "savitri", "segolene", "seiko",
    "selamawit", "selena", "senait", "seo-yeon", "seo-yun", "serena", "severine", "shahnoza",
    "shalini", "sharon", "sheila", "shelley", "sherry", "shirin", "shirley", "shreya", "sian", "sigrid",
    "silke", "silvia", "sinead", "sinéad", "siobhan", "siobhán", "sita", "siân", "smriti", "sofia", "sofie",
    "sofiya", "sonia", "soo-ah", "soo-jin", "sophia", "sophie",
    "sophie-anne", "stacey", "stacy", "stella", "stephanie", "su-bin", "su-jin", "sue",
    "sunita", "susan", "susannah", "susanne", "sushma", "suzanne", "svetlana", "swati", "sylvia", "sylvie",
    "ségolène", "séverine", "tamar", "tamara", "tamika", "tammy", "tanya", "tasha", "tatiana", "tatyana", "teresa",
    "teri", "terri", "tessa", "thandeka", "thandi", "thandiwe", "thelma", "theresa", "tiffany", "tigist", "tilly", "tina", "tomoko", "trisha",
    "tsion", "ulrike", "ursula", "usha", "valentina", "valeria", "valerie", "valérie", "vanessa", "vera", "veronica", "veronika",
    "veronique", "vesna", "vicki", "victoria", "violet", "virginia", "vivian", "vivienne", "véronique",
    "wanda", "wanjiku", "wanjiru", "wendy", "whitney", "wilma", "ximena", "yasmin", "yasmine", "ye-jin", "yekaterina",
    "yelena", "yetunde", "yewande", "yoko", "yolanda", "yoon-seo", "yui", "yuko", "yulia", "yuliya", "yumi", "yumiko",
    "yuriko", "yvonne", "zainab", "zanele", "zarina", "zhanna", "zeynep", "zodwa", "zoe", "zofia", "zuzana", "élodie",
    /* the eighth audit's */
    "aroha", "bronwen", "delia", "eilidh", "morag", "ngaire", "tamsin",
    /* the twenty-eighth audit's: "Elspeth Okafor-Lind", read as an adverb,
     * had been "Okafor-Lind" */
    "elspeth", "marisol", "leonor", "francisca", "hester",
    /* and the twenty-ninth's "Ebba Lindqvist af Ornäs", the thirtieth's
     * "Áine Ní Ghallchóir" (it had been "Ní Ghallchóir") */
    "ebba", "áine", "aine", "bríd", "brid",
    "maren", "solveig", "liv", "frida", "elin", "hedda", "tove", "linnea", "inger", "ragnhild", "halla",
    "sigrun", "guðrún", "katrín", "winnie",
    /* the forty-fourth audit's */
    "nawal", "naima", "naïma", "rachida",
    /* and the forty-eighth's ("Hajja Zeinab Adam Issa" had been "Adam Issa") */
    "zeinab", "hawa", "hiba", "ülle", "honorine", "pascaline",
    /* and the sixtieth's Catalan, Basque, Galician, Senegalese, Greenlandic
     * and Māori names */
    "montserrat", "núria", "mireia", "meritxell", "gemma", "ester", "berta", "sílvia", "laia", "ainhoa", "itziar",
    "maite", "miren", "amaia", "nerea", "uxue", "begoña", "xiana", "uxía", "ndèye", "pipaluk", "aviaja", "maliina",
    "ngāhuia", "rangimārie", "pania",
    /* and the sixty-third's Turkish ones */
    "tuğba", "özlem", "derya", "gülay", "ayten", "nermin", "sevgül", "gülsüm", "hatice", "meltem",
    /* and the sixty-fourth's Cuban and Sahelian ones ("a Nigerien cloth trader,
     * Rakiatou Idrissa Zakari," had been "Idrissa Zakari") */
    "yamila", "yanet", "dayana", "maritza", "nereida", "zoila", "rakiatou", "aïssata", "aissata", "fatoumata",
    "oumou", "kadiatou", "tatevik", "lilit", "siranush", "anush", "gohar", "armine", "narine", "margarit",
    "sahra", "ifrah", "deeqa", "ayaan", "hibo", "fadumo", "asha", "nasteho", "hodan", "khadra",
    /* and the sixty-eighth to seventieth audits' */
    "ndeye", "coumba", "khady", "astou", "awa", "aissatou", "aïssatou", "rokhaya", "binta", "chipo", "rutendo",
    "rumbidzai", "chiedza", "ruvimbo", "tsitsi", "doina", "budhni", "gülşen", "haruna", "mio",
    /* and the ninety-second's Sicilian ones */
    "rosalia", "carmela", "concetta", "agata", "giuseppina", "nunzia",
    /* and the hundred-and-third's Polish ones */
    "bożena", "grażyna", "krystyna", "wiesława", "danuta", "elżbieta",
    /* and the hundred-and-fourth's Pakistani ones */
    "nazia", "tahira", "sharifa"
};

#define COUNT(a) (sizeof(a) / sizeof *(a))

static const char *const EITHER[] = {
    "abimbola", "alexis", "ashley", "avery", "blair", "cameron", "casey", "dana", "jamie", "ji-woo", "jody",
    "kelly", "kendall", "kerry", "kiran", "kris", "lee", "leslie", "lindsey", "nour", "oluwaseun", "pat",
    "quinn", "riley", "robin", "sasha", "shannon", "taylor", "terry", "tracey", "tracy", "uche", "yemi", "yuki",
    /* the forty-ninth audit's Himalayan names of either gender ("Mingma
     * Gelu Sherpa", "Pema Choden", "Dhan Maya Bishwakarma") */
    "dhan", "bhagwati", "kinley", "dechen", "pema", "mingma", "pasang", "dawa", "tenzing", "ang",
    /* and the seventy-first's Bhutanese ones, which the tagger reads as verbs by their ending */
    "tshering", "sonam", "karma", "ugyen", "kezang",
    /* and the hundred-and-fourth audit's Pakistani "Shamim" */
    "shamim",
    /* and the eightieth's Tibetan ones ("Tsering Angmo", read as a verb, had been "Angmo") */
    "tsering", "tenzin", "lobsang", "ngawang", "thupten", "jigme", "jigmet", "tsewang", "lhakpa", "kelsang",
    "dhondup", "phurbu"};

size_t quoth_given_names_list(int gender, const char *const **list) {
    switch (gender) {
    case 1: *list = MEN; return COUNT(MEN);
    case 2: *list = WOMEN; return COUNT(WOMEN);
    default: *list = EITHER; return COUNT(EITHER);
    }
}

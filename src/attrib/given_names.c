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
    "aaron", "abdul", "abdullah", "abraham", "adrian", "ahmad", "aidan", "akbar", "alan", "alastair",
    "albert", "alberto", "alec", "alejandro", "alex", "alexander", "alfonso", "alfred", "ali", "allen",
    "alvin", "amir", "amos", "anders", "andre", "andreas", "andres", "andrew", "andy", "angel", "angelo",
    "anthony", "antoine", "antonin", "antonio", "archie", "ari", "armando", "arnold", "arthur", "arturo",
    "asa", "axel", "barney", "barry", "bart", "beau", "ben", "benedict", "benny", "bernard", "bert",
    "bilal", "billy", "bjorn", "bob", "bobby", "boyd", "brad", "bradley", "brandon", "brendan", "brent",
    "brett", "brian", "brock", "bruce", "bruno", "bryan", "bryce", "buck", "bud", "burt", "byron",
    "caleb", "calvin", "carl", "carlo", "carlos", "carlton", "cecil", "cedric", "cesar", "chad",
    "charles", "charlie", "chester", "chip", "chris", "christopher", "chuck", "clarence", "clark",
    "claude", "clay", "clayton", "clifford", "clint", "clyde", "cody", "colby", "cole", "colin",
    "connor", "conor", "conrad", "corey", "cornelius", "cory", "craig", "cristian", "curt", "curtis",
    "cyrus", "dale", "damian", "damien", "damon", "dan", "daniel", "danny", "dante", "darius", "darnell",
    "daron", "darrell", "darren", "darryl", "daryl", "dave", "david", "dean", "declan", "demetrius",
    "denis", "dennis", "derek", "derrick", "deshawn", "desmond", "devin", "dick", "diego", "dieter",
    "dirk", "dmitri", "dominic", "don", "donald", "donnie", "doug", "douglas", "duane", "dustin",
    "dwayne", "dwight", "eamon", "earl", "eddie", "edgar", "edmond", "edmund", "eduardo", "edward",
    "edwin", "efrain", "eli", "elias", "elliot", "elmer", "emil", "emilio", "emmet", "emmett", "enrique",
    "enzo", "eric", "erick", "erik", "ernest", "ernesto", "ernie", "esteban", "ethan", "eugene", "evan",
    "everett", "ezekiel", "ezra", "fabio", "farid", "federico", "felipe", "felix", "fernando", "fidel",
    "floyd", "francis", "francisco", "frank", "franklin", "fred", "freddie", "freddy", "frederic",
    "frederick", "fritz", "gabriel", "gareth", "garrett", "gary", "gavin", "gene", "geoff", "geoffrey",
    "george", "gerald", "geraldo", "gerard", "gerhard", "gilbert", "giorgio", "giovanni", "giuseppe",
    "glen", "glenn", "gonzalo", "gordon", "greg", "gregg", "gregory", "gus", "gustavo", "guy", "hal",
    "hamid", "hank", "hans", "harold", "harry", "harvey", "hassan", "hector", "heinrich", "helmut",
    "henry", "herbert", "herman", "herschel", "hiroshi", "homer", "howard", "hugh", "hugo", "ian",
    "ibrahim", "ignacio", "igor", "ira", "isaac", "isaiah", "ismael", "ismail", "ivan", "jack", "jacob",
    "jacques", "jaime", "jake", "jamal", "james", "jared", "jarrod", "jason", "jasper", "javier", "jay",
    "jeffrey", "jeremiah", "jeremy", "jerome", "jerry", "jesus", "jim", "jimmy", "joachim", "joaquin",
    "joel", "johan", "johnny", "jonah", "jonathan", "jorge", "jose", "josef", "joseph", "josh", "joshua",
    "juan", "julian", "julio", "jurgen", "justin", "kareem", "karim", "karl", "keir", "keith", "ken",
    "kenneth", "kent", "kevin", "khalid", "kieran", "kirk", "klaus", "konstantin", "kurt", "kwame",
    "kyle", "lachlan", "lamar", "lance", "larry", "lars", "laurence", "lawrence", "leandro", "lennart",
    "leo", "leon", "leonard", "leroy", "lester", "lewis", "lionel", "lloyd", "lorenzo", "lou", "louis",
    "lowell", "luca", "lucas", "ludwig", "luis", "luke", "lyndon", "mahmoud", "malcolm", "manny",
    "manuel", "marc", "marcel", "marcus", "mariano", "mario", "marlon", "martin", "marvin", "mathias",
    "matteo", "matthew", "maurice", "mauricio", "max", "maxwell", "mehmet", "melvin", "micah", "michael",
    "miguel", "mike", "mikhail", "miles", "milton", "mitch", "mitchell", "mitt", "mohamed", "mohammad",
    "morris", "morton", "moses", "murray", "mustafa", "nasser", "nathan", "nathaniel", "neal", "ned",
    "neil", "nicolas", "nigel", "nikolai", "noel", "norman", "oleg", "oliver", "omar", "orlando",
    "orrin", "oscar", "otto", "owen", "pablo", "paolo", "pascal", "patrick", "paul", "pavel", "pedro",
    "percy", "pete", "peter", "phil", "philip", "pierre", "piotr", "preston", "rafael", "rahul", "rajiv",
    "ralph", "ramesh", "ramon", "randal", "randall", "randolph", "randy", "raul", "ray", "raymond",
    "reggie", "reginald", "reince", "reuben", "rex", "reza", "rhys", "ricardo", "richard", "rick",
    "ricky", "rob", "robby", "robert", "roberto", "rod", "rodney", "rodrigo", "roger", "roland",
    "rolando", "rolf", "roman", "ron", "ronald", "ronan", "rory", "ross", "roy", "ruben", "rudolph",
    "rudy", "rupert", "russ", "russell", "ryan", "salman", "salvador", "sam", "sami", "samuel", "sanjay",
    "santiago", "saul", "scot", "scott", "sean", "sebastian", "sergio", "seth", "shane", "shaun",
    "shawn", "sheldon", "sherman", "sid", "sigmar", "simon", "solomon", "stan", "stanley", "stavros",
    "stefan", "stephen", "steve", "steven", "stewart", "stuart", "sven", "tad", "tariq", "ted",
    "terrence", "thaddeus", "theodore", "thierry", "thomas", "thurgood", "tim", "timothy", "tobias",
    "toby", "todd", "tom", "tomas", "tommy", "tony", "travis", "trent", "trevor", "trey", "troy", "ty",
    "tyler", "ulysses", "umberto", "uri", "vance", "vernon", "vic", "victor", "vin", "vince", "vincent",
    "virgil", "wade", "wallace", "walter", "warren", "wayne", "wendell", "wesley", "whit", "wilbur",
    "wilfred", "willard", "william", "willis", "winston", "wolfgang", "woodrow", "xavier", "yaakov",
    "yasser", "yitzhak", "yosef", "yusuf", "zach", "zachary", "zack", "zbigniew", "zeke"};

static const char *const WOMEN[] = {
    "abby", "adele", "adriana", "agnes", "aileen", "aisha", "alana", "alessandra", "alexandra",
    "alexandria", "alicia", "alina", "alison", "allison", "alma", "amal", "amanda", "amandla", "amara",
    "amelia", "amina", "amy", "ana", "anastasia", "andrea", "angela", "angelina", "angelique", "anita",
    "anjali", "ann", "anna", "annabelle", "anne", "annette", "annie", "annika", "antoinette", "antonia",
    "april", "ariana", "arianna", "arlene", "astrid", "audrey", "ava", "ayesha", "barbara", "beatrice",
    "beatriz", "becky", "belinda", "bernadette", "bernice", "beth", "bethany", "betsy", "betty",
    "beverly", "bianca", "bonnie", "brenda", "bridget", "brigitte", "britney", "brittany", "brooke",
    "camila", "camille", "candace", "cara", "carla", "carmen", "carol", "caroline", "carolyn", "carrie",
    "cassandra", "catalina", "catherine", "cathy", "cecile", "cecilia", "celeste", "celia", "charlene",
    "charlotte", "chelsea", "cheryl", "chiara", "chloe", "christiane", "christie", "christina",
    "christine", "cindy", "claire", "clara", "clarissa", "claudia", "colleen", "connie", "constance",
    "cora", "courtney", "cristina", "crystal", "cynthia", "daisy", "daniela", "daphne", "darlene",
    "dawn", "debbie", "deborah", "debra", "deepa", "deirdre", "delores", "delphine", "denise", "diana",
    "diane", "dianne", "dolores", "donna", "dora", "doris", "dorothy", "edith", "edna", "eileen",
    "elaine", "eleanor", "elena", "elisa", "elisabeth", "elise", "eliza", "elizabeth", "ella", "ellen",
    "elodie", "eloise", "elsa", "emilia", "emily", "emma", "erica", "erika", "erin", "esperanza",
    "esther", "ethel", "eugenia", "eva", "evelyn", "fatima", "fernanda", "fiona", "florence", "frances",
    "francesca", "francine", "freya", "gabriela", "gabrielle", "gail", "gayle", "georgia", "geraldine",
    "gina", "giulia", "gladys", "glenda", "gloria", "greta", "guadalupe", "gwen", "gwendolyn", "hailey",
    "halima", "hana", "hanna", "hannah", "harriet", "hazel", "heather", "heidi", "helen", "helena",
    "hilary", "hillary", "holly", "ida", "ilhan", "imani", "ines", "ingrid", "irene", "irina", "iris",
    "isabel", "isabella", "isabelle", "jackie", "jacqueline", "jane", "janelle", "janet", "janice",
    "janine", "jasmine", "jeanette", "jeanne", "jeannie", "jenna", "jennie", "jennifer", "jenny",
    "jessica", "jill", "joan", "joanna", "joanne", "jocelyn", "josephine", "joyce", "juana", "judith",
    "judy", "julia", "julianne", "julie", "juliet", "june", "karen", "karin", "karina", "kate",
    "katharina", "katherine", "kathleen", "kathryn", "kathy", "katie", "katrina", "katya", "kayla",
    "kirsten", "kristen", "kristin", "kristina", "lara", "latoya", "laura", "lauren", "laurie", "leah",
    "leila", "lena", "leticia", "lila", "liliana", "lillian", "lily", "linda", "lindsay", "lisa", "liz",
    "lois", "lorena", "loretta", "lori", "lorna", "lorraine", "louisa", "louise", "lucia", "lucille",
    "lucy", "luisa", "lydia", "lynn", "mabel", "madeleine", "madeline", "mae", "magdalena", "maggie",
    "maia", "malala", "malia", "mallory", "mara", "marcela", "marcia", "margaret", "margarita", "margot",
    "maria", "mariah", "marian", "marie", "marilyn", "marion", "marisa", "marissa", "marjorie", "marsha",
    "marta", "martha", "mary", "maureen", "maxine", "maya", "mayra", "megan", "megyn", "melanie",
    "melanne", "melinda", "melissa", "mercedes", "meredith", "mia", "michaela", "michelle", "mildred",
    "miranda", "mireille", "miriam", "molly", "monica", "monique", "muriel", "myra", "nadia", "nadine",
    "nancy", "nanette", "naomi", "natalia", "natalie", "natasha", "neera", "nellie", "nia", "nicole",
    "nina", "noor", "nora", "norma", "nuria", "olga", "olivia", "paige", "pam", "pamela", "paola",
    "patricia", "patti", "paula", "pauline", "peggy", "penelope", "penny", "petra", "phyllis", "pilar",
    "polly", "priscilla", "priya", "rachel", "rania", "raquel", "rashida", "rebecca", "rebekah",
    "regina", "renee", "rhonda", "rita", "roberta", "robyn", "rochelle", "rosa", "rosalind", "rosemary",
    "rosie", "roxanne", "ruby", "ruth", "sabine", "sabrina", "sadie", "sally", "salma", "samantha",
    "sandra", "sara", "sarah", "selena", "serena", "sharon", "sheila", "shelley", "sherry", "shirley",
    "siobhan", "sonia", "sophia", "sophie", "stacey", "stacy", "stella", "stephanie", "sue", "susan",
    "susannah", "susanne", "suzanne", "svetlana", "sylvia", "tamara", "tamika", "tammy", "tanya",
    "tatiana", "teresa", "teri", "terri", "tessa", "thelma", "theresa", "tiffany", "tina", "trisha",
    "ursula", "valentina", "valerie", "vanessa", "vera", "veronica", "vicki", "victoria", "violet",
    "virginia", "vivian", "vivienne", "wanda", "wendy", "whitney", "wilma", "yasmin", "yolanda",
    "yvonne", "zainab", "zoe"};

#define COUNT(a) (sizeof(a) / sizeof *(a))

static const char *const EITHER[] = {
    "alexis", "ashley", "avery", "blair", "cameron", "casey", "dana",    "jamie",  "jody",  "kelly",
    "kendall", "kerry", "kris",  "lee",     "leslie", "lindsey", "pat", "quinn", "riley", "robin",
    "shannon", "taylor", "terry", "tracey", "tracy"};

size_t quoth_given_names_list(int gender, const char *const **list) {
    switch (gender) {
    case 1: *list = MEN; return COUNT(MEN);
    case 2: *list = WOMEN; return COUNT(WOMEN);
    default: *list = EITHER; return COUNT(EITHER);
    }
}

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
    "aaron", "abdul", "abraham", "adrian", "ahmad", "akbar", "alan", "albert", "alberto", "alec",
    "alejandro", "alex", "alexander", "alfonso", "alfred", "ali", "allen", "alvin", "amir", "andre",
    "andres", "andrew", "andy", "angel", "angelo", "anthony", "antoine", "antonin", "antonio", "archie",
    "arnold", "arthur", "asa", "axel", "barney", "barry", "bart", "beau", "ben", "benedict", "benny",
    "bernard", "bert", "billy", "bob", "bobby", "boyd", "brad", "bradley", "brandon", "brent", "brett",
    "brian", "brock", "bruce", "bryan", "bryce", "buck", "bud", "burt", "byron", "caleb", "calvin", "carl",
    "carlos", "carlton", "cecil", "cedric", "cesar", "chad", "charles", "charlie", "chester", "chip",
    "chris", "christopher", "chuck", "clarence", "clark", "claude", "clay", "clayton", "clifford", "clint",
    "clyde", "cody", "colby", "cole", "colin", "conrad", "corey", "cory", "craig", "curt", "curtis",
    "cyrus", "dale", "damian", "damon", "dan", "daniel", "danny", "dante", "darrell", "darren", "daryl",
    "dave", "david", "dean", "dennis", "derek", "derrick", "desmond", "devin", "dick", "diego", "dirk",
    "dmitri", "dominic", "don", "donald", "donnie", "doug", "douglas", "duane", "dustin", "dwayne",
    "dwight", "earl", "eddie", "edgar", "edmund", "eduardo", "edward", "edwin", "eli", "elias", "elliot",
    "elmer", "emil", "emilio", "enrique", "eric", "erik", "ernest", "ernie", "ethan", "eugene", "evan",
    "everett", "ezra", "federico", "felipe", "felix", "fernando", "floyd", "francis", "francisco", "frank",
    "franklin", "fred", "freddie", "freddy", "frederick", "gabriel", "garrett", "gary", "gavin", "gene",
    "geoffrey", "george", "gerald", "gerard", "gilbert", "glen", "glenn", "gonzalo", "gordon", "greg",
    "gregg", "gregory", "gus", "guy", "hal", "hank", "hans", "harold", "harry", "harvey", "hassan",
    "hector", "henry", "herbert", "herman", "herschel", "homer", "howard", "hugh", "hugo", "ian", "igor",
    "isaac", "ismael", "ivan", "jack", "jacob", "jaime", "jake", "jamal", "james", "jared", "jason",
    "jasper", "javier", "jay", "jeffrey", "jeremiah", "jeremy", "jerome", "jerry", "jesus", "jim", "jimmy",
    "joaquin", "joel", "johan", "johnny", "jonah", "jonathan", "jorge", "jose", "joseph", "josh", "joshua",
    "juan", "julian", "julio", "justin", "karl", "keith", "ken", "kenneth", "kent", "kevin", "kirk", "kurt",
    "kyle", "lamar", "lance", "larry", "lawrence", "leo", "leon", "leonard", "leroy", "lester", "lewis",
    "lionel", "lloyd", "lou", "louis", "lowell", "lucas", "luis", "luke", "lyndon", "malcolm", "manuel",
    "marc", "marcus", "mario", "martin", "marvin", "matthew", "maurice", "max", "maxwell", "melvin",
    "michael", "miguel", "mike", "miles", "milton", "mitch", "mitchell", "mitt", "mohammad", "morris",
    "moses", "murray", "nathan", "nathaniel", "neal", "ned", "neil", "noel", "norman", "oliver", "omar",
    "orlando", "oscar", "otto", "owen", "pablo", "patrick", "paul", "pedro", "percy", "pete", "peter",
    "phil", "philip", "pierre", "preston", "rafael", "ralph", "ramon", "randall", "randolph", "randy",
    "raul", "ray", "raymond", "reggie", "reginald", "reince", "reuben", "rex", "ricardo", "richard", "rick",
    "ricky", "rob", "robert", "roberto", "rod", "rodney", "roger", "roland", "rolf", "roman", "ron",
    "ronald", "ross", "roy", "ruben", "rudolph", "rudy", "rupert", "russ", "russell", "ryan", "salvador",
    "sam", "samuel", "santiago", "saul", "scott", "sean", "sebastian", "sergio", "seth", "shane", "shawn",
    "sheldon", "sherman", "sid", "simon", "stan", "stanley", "stefan", "stephen", "steve", "steven",
    "stewart", "stuart", "tad", "ted", "terrence", "theodore", "thomas", "thurgood", "tim", "timothy",
    "toby", "todd", "tom", "tommy", "tony", "travis", "trent", "trevor", "trey", "troy", "ty", "tyler",
    "ulysses", "vance", "vernon", "victor", "vince", "vincent", "virgil", "wade", "wallace", "walter",
    "warren", "wayne", "wesley", "whit", "wilbur", "wilfred", "willard", "william", "willis", "winston",
    "woodrow", "xavier", "yusuf", "zachary", "zack"};

static const char *const WOMEN[] = {
    "abby", "adele", "adriana", "agnes", "aileen", "alana", "alexandra", "alexandria", "alicia", "alina",
    "alison", "allison", "alma", "amanda", "amelia", "amy", "ana", "andrea", "angela", "angelina", "anita",
    "ann", "anna", "annabelle", "anne", "annette", "annie", "antoinette", "april", "arlene", "audrey",
    "ava", "barbara", "beatrice", "becky", "belinda", "bernadette", "bernice", "beth", "bethany", "betsy",
    "betty", "beverly", "bianca", "bonnie", "brenda", "bridget", "britney", "brittany", "brooke", "camila",
    "candace", "cara", "carla", "carmen", "carol", "caroline", "carolyn", "carrie", "cassandra",
    "catherine", "cathy", "cecile", "cecilia", "celeste", "charlene", "charlotte", "chelsea", "cheryl",
    "chloe", "christie", "christina", "christine", "cindy", "claire", "clara", "claudia", "colleen",
    "connie", "constance", "courtney", "crystal", "cynthia", "daisy", "daphne", "darlene", "dawn", "debbie",
    "deborah", "debra", "deirdre", "delores", "denise", "diana", "diane", "dianne", "dolores", "donna",
    "doris", "dorothy", "edith", "edna", "eileen", "elaine", "eleanor", "elena", "elisa", "elise", "eliza",
    "elizabeth", "ella", "ellen", "eloise", "elsa", "emily", "emma", "erica", "erika", "erin", "esther",
    "ethel", "eva", "evelyn", "fiona", "florence", "frances", "francine", "gabriela", "gabrielle", "gail",
    "gayle", "georgia", "geraldine", "gina", "gladys", "glenda", "gloria", "gwen", "gwendolyn", "hailey",
    "hannah", "harriet", "hazel", "heather", "heidi", "helen", "helena", "hilary", "hillary", "holly",
    "ida", "ilhan", "ingrid", "irene", "iris", "isabel", "isabella", "jackie", "jacqueline", "jane",
    "janet", "janice", "jasmine", "jeanette", "jeanne", "jeannie", "jenna", "jennifer", "jenny", "jessica",
    "jill", "joan", "joanna", "joanne", "jocelyn", "josephine", "joyce", "judith", "judy", "julia", "julie",
    "juliet", "june", "karen", "kate", "katherine", "kathleen", "kathryn", "kathy", "katie", "katrina",
    "kayla", "kirsten", "kristen", "kristin", "laura", "lauren", "laurie", "leah", "leila", "lena", "lila",
    "lillian", "lily", "linda", "lisa", "liz", "lois", "loretta", "lori", "lorraine", "louise", "lucia",
    "lucille", "lucy", "lydia", "lynn", "mabel", "madeleine", "mae", "maggie", "mallory", "marcia",
    "margaret", "margarita", "maria", "mariah", "marian", "marie", "marilyn", "marion", "marjorie",
    "marsha", "martha", "mary", "maureen", "maxine", "megan", "melanie", "melinda", "melissa", "mercedes",
    "meredith", "mia", "michelle", "mildred", "miranda", "miriam", "molly", "monica", "monique", "muriel",
    "myra", "nadia", "nancy", "naomi", "natalia", "natalie", "natasha", "nellie", "nicole", "nina", "nora",
    "norma", "olga", "olivia", "paige", "pam", "pamela", "patricia", "paula", "pauline", "peggy",
    "penelope", "penny", "phyllis", "polly", "priscilla", "rachel", "rebecca", "regina", "renee", "rhonda",
    "rita", "roberta", "robyn", "rosa", "rosalind", "rosemary", "roxanne", "ruby", "ruth", "sabrina",
    "sally", "samantha", "sandra", "sara", "sarah", "selena", "sharon", "sheila", "shelley", "sherry",
    "shirley", "sonia", "sophia", "sophie", "stacy", "stella", "stephanie", "sue", "susan", "susanne",
    "suzanne", "sylvia", "tamara", "tammy", "tanya", "teresa", "tessa", "thelma", "theresa", "tina",
    "trisha", "ursula", "valerie", "vanessa", "vera", "veronica", "vicki", "victoria", "violet", "virginia",
    "vivian", "wanda", "wendy", "whitney", "wilma", "yolanda", "yvonne", "zoe"};

#define COUNT(a) (sizeof(a) / sizeof *(a))

size_t quoth_given_names_list(int gender, const char *const **list) {
    *list = gender == 1 ? MEN : WOMEN;
    return gender == 1 ? COUNT(MEN) : COUNT(WOMEN);
}

/**
 */
package nl.leerkring.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Leerkring: protocols (what a learning method prescribes) and sessions (what a group did with one).
 * <!-- end-model-doc -->
 * @see nl.leerkring.model.LeerkringFactory
 * @model kind="package"
 * @generated
 */
public interface LeerkringPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://leerkring.nl/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "lk";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	LeerkringPackage eINSTANCE = nl.leerkring.model.impl.LeerkringPackageImpl.init();

	/**
	 * The meta object id for the '{@link nl.leerkring.model.impl.LocalizedTextImpl <em>Localized Text</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leerkring.model.impl.LocalizedTextImpl
	 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getLocalizedText()
	 * @generated
	 */
	int LOCALIZED_TEXT = 0;

	/**
	 * The feature id for the '<em><b>Nl</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZED_TEXT__NL = 0;

	/**
	 * The feature id for the '<em><b>En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZED_TEXT__EN = 1;

	/**
	 * The number of structural features of the '<em>Localized Text</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZED_TEXT_FEATURE_COUNT = 2;

	/**
	 * The operation id for the '<em>Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZED_TEXT___TEXT__STRING = 0;

	/**
	 * The number of operations of the '<em>Localized Text</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZED_TEXT_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link nl.leerkring.model.impl.ProtocolImpl <em>Protocol</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leerkring.model.impl.ProtocolImpl
	 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getProtocol()
	 * @generated
	 */
	int PROTOCOL = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__ID = 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__VERSION = 1;

	/**
	 * The feature id for the '<em><b>Family</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__FAMILY = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__NAME = 3;

	/**
	 * The feature id for the '<em><b>Description</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__DESCRIPTION = 4;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__REFERENCE = 5;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__ORIGIN = 6;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__AUTHOR = 7;

	/**
	 * The feature id for the '<em><b>Group Size Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__GROUP_SIZE_MIN = 8;

	/**
	 * The feature id for the '<em><b>Group Size Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__GROUP_SIZE_MAX = 9;

	/**
	 * The feature id for the '<em><b>Duration Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__DURATION_MINUTES = 10;

	/**
	 * The feature id for the '<em><b>Duration Sourced</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__DURATION_SOURCED = 11;

	/**
	 * The feature id for the '<em><b>Group Size Sourced</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__GROUP_SIZE_SOURCED = 12;

	/**
	 * The feature id for the '<em><b>Follow Up Review</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__FOLLOW_UP_REVIEW = 13;

	/**
	 * The feature id for the '<em><b>Review Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__REVIEW_MINUTES = 14;

	/**
	 * The feature id for the '<em><b>Review Within Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__REVIEW_WITHIN_DURATION = 15;

	/**
	 * The feature id for the '<em><b>Learning Preferences</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__LEARNING_PREFERENCES = 16;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__ROLES = 17;

	/**
	 * The feature id for the '<em><b>Item Kinds</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__ITEM_KINDS = 18;

	/**
	 * The feature id for the '<em><b>Phases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__PHASES = 19;

	/**
	 * The feature id for the '<em><b>Meetings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__MEETINGS = 20;

	/**
	 * The number of structural features of the '<em>Protocol</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_FEATURE_COUNT = 21;

	/**
	 * The number of operations of the '<em>Protocol</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.leerkring.model.impl.MeetingImpl <em>Meeting</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leerkring.model.impl.MeetingImpl
	 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getMeeting()
	 * @generated
	 */
	int MEETING = 2;

	/**
	 * The feature id for the '<em><b>Title</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__TITLE = 0;

	/**
	 * The feature id for the '<em><b>Weeks After</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__WEEKS_AFTER = 1;

	/**
	 * The feature id for the '<em><b>Phases</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__PHASES = 2;

	/**
	 * The feature id for the '<em><b>After Trial</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__AFTER_TRIAL = 3;

	/**
	 * The number of structural features of the '<em>Meeting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Meeting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.leerkring.model.impl.PhaseImpl <em>Phase</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leerkring.model.impl.PhaseImpl
	 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getPhase()
	 * @generated
	 */
	int PHASE = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__STEPS = 2;

	/**
	 * The number of structural features of the '<em>Phase</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Phase</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.leerkring.model.impl.StepImpl <em>Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leerkring.model.impl.StepImpl
	 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getStep()
	 * @generated
	 */
	int STEP = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Instruction</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__INSTRUCTION = 2;

	/**
	 * The feature id for the '<em><b>Prompt</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__PROMPT = 3;

	/**
	 * The feature id for the '<em><b>Timebox Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__TIMEBOX_MINUTES = 4;

	/**
	 * The feature id for the '<em><b>Timebox Sourced</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__TIMEBOX_SOURCED = 5;

	/**
	 * The feature id for the '<em><b>Per Case</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__PER_CASE = 6;

	/**
	 * The feature id for the '<em><b>Subgroups</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__SUBGROUPS = 7;

	/**
	 * The feature id for the '<em><b>Captures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__CAPTURES = 8;

	/**
	 * The feature id for the '<em><b>Active Roles</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__ACTIVE_ROLES = 9;

	/**
	 * The feature id for the '<em><b>Skippable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__SKIPPABLE = 10;

	/**
	 * The feature id for the '<em><b>Repeat Per Participant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__REPEAT_PER_PARTICIPANT = 11;

	/**
	 * The feature id for the '<em><b>Tips</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__TIPS = 12;

	/**
	 * The number of structural features of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.leerkring.model.impl.CaptureImpl <em>Capture</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leerkring.model.impl.CaptureImpl
	 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getCapture()
	 * @generated
	 */
	int CAPTURE = 5;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPTURE__KIND = 0;

	/**
	 * The feature id for the '<em><b>Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPTURE__MIN = 1;

	/**
	 * The feature id for the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPTURE__MAX = 2;

	/**
	 * The feature id for the '<em><b>Per Participant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPTURE__PER_PARTICIPANT = 3;

	/**
	 * The feature id for the '<em><b>Choose Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPTURE__CHOOSE_MAX = 4;

	/**
	 * The number of structural features of the '<em>Capture</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPTURE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Capture</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPTURE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.leerkring.model.impl.ItemKindImpl <em>Item Kind</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leerkring.model.impl.ItemKindImpl
	 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getItemKind()
	 * @generated
	 */
	int ITEM_KIND = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_KIND__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_KIND__NAME = 1;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_KIND__ACTION = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_KIND__DESCRIPTION = 3;

	/**
	 * The feature id for the '<em><b>Codes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_KIND__CODES = 4;

	/**
	 * The number of structural features of the '<em>Item Kind</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_KIND_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Item Kind</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_KIND_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.leerkring.model.impl.CodeImpl <em>Code</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leerkring.model.impl.CodeImpl
	 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getCode()
	 * @generated
	 */
	int CODE = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Codes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__CODES = 3;

	/**
	 * The number of structural features of the '<em>Code</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Code</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.leerkring.model.impl.RoleImpl <em>Role</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leerkring.model.impl.RoleImpl
	 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getRole()
	 * @generated
	 */
	int ROLE = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Owns Actions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__OWNS_ACTIONS = 3;

	/**
	 * The feature id for the '<em><b>Optional</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__OPTIONAL = 4;

	/**
	 * The number of structural features of the '<em>Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.leerkring.model.impl.SessionImpl <em>Session</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leerkring.model.impl.SessionImpl
	 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getSession()
	 * @generated
	 */
	int SESSION = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__ID = 0;

	/**
	 * The feature id for the '<em><b>Protocol Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__PROTOCOL_ID = 1;

	/**
	 * The feature id for the '<em><b>Protocol Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__PROTOCOL_VERSION = 2;

	/**
	 * The feature id for the '<em><b>Protocol</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__PROTOCOL = 3;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__TITLE = 4;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__GROUP = 5;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__DATE = 6;

	/**
	 * The feature id for the '<em><b>Start Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__START_TIME = 7;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__STATUS = 8;

	/**
	 * The feature id for the '<em><b>Current Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__CURRENT_STEP = 9;

	/**
	 * The feature id for the '<em><b>Updated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__UPDATED_AT = 10;

	/**
	 * The feature id for the '<em><b>Action Review</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__ACTION_REVIEW = 11;

	/**
	 * The feature id for the '<em><b>Case Rounds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__CASE_ROUNDS = 12;

	/**
	 * The feature id for the '<em><b>Value Round</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__VALUE_ROUND = 13;

	/**
	 * The feature id for the '<em><b>Trajectory Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__TRAJECTORY_ID = 14;

	/**
	 * The feature id for the '<em><b>Meeting</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__MEETING = 15;

	/**
	 * The feature id for the '<em><b>Participants</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__PARTICIPANTS = 16;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__ITEMS = 17;

	/**
	 * The feature id for the '<em><b>Step Times</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__STEP_TIMES = 18;

	/**
	 * The number of structural features of the '<em>Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_FEATURE_COUNT = 19;

	/**
	 * The number of operations of the '<em>Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.leerkring.model.impl.StepTimeImpl <em>Step Time</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leerkring.model.impl.StepTimeImpl
	 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getStepTime()
	 * @generated
	 */
	int STEP_TIME = 10;

	/**
	 * The feature id for the '<em><b>Step Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_TIME__STEP_ID = 0;

	/**
	 * The feature id for the '<em><b>Elapsed Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_TIME__ELAPSED_SECONDS = 1;

	/**
	 * The feature id for the '<em><b>Timebox Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_TIME__TIMEBOX_SECONDS = 2;

	/**
	 * The feature id for the '<em><b>Skip Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_TIME__SKIP_REASON = 3;

	/**
	 * The number of structural features of the '<em>Step Time</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_TIME_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Step Time</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_TIME_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.leerkring.model.impl.ParticipantImpl <em>Participant</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leerkring.model.impl.ParticipantImpl
	 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getParticipant()
	 * @generated
	 */
	int PARTICIPANT = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Role Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__ROLE_ID = 1;

	/**
	 * The feature id for the '<em><b>Person Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__PERSON_ID = 2;

	/**
	 * The feature id for the '<em><b>Present</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__PRESENT = 3;

	/**
	 * The feature id for the '<em><b>Guest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__GUEST = 4;

	/**
	 * The number of structural features of the '<em>Participant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Participant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.leerkring.model.impl.GroupImpl <em>Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leerkring.model.impl.GroupImpl
	 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getGroup()
	 * @generated
	 */
	int GROUP = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__NAME = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__KIND = 2;

	/**
	 * The feature id for the '<em><b>Organisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__ORGANISATION = 3;

	/**
	 * The feature id for the '<em><b>Usual Protocol Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__USUAL_PROTOCOL_ID = 4;

	/**
	 * The feature id for the '<em><b>Memberships</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__MEMBERSHIPS = 5;

	/**
	 * The number of structural features of the '<em>Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.leerkring.model.impl.PersonImpl <em>Person</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leerkring.model.impl.PersonImpl
	 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getPerson()
	 * @generated
	 */
	int PERSON = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ID = 0;

	/**
	 * The feature id for the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__DISPLAY_NAME = 1;

	/**
	 * The feature id for the '<em><b>Initials</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__INITIALS = 2;

	/**
	 * The feature id for the '<em><b>Login</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__LOGIN = 3;

	/**
	 * The number of structural features of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.leerkring.model.impl.MembershipImpl <em>Membership</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leerkring.model.impl.MembershipImpl
	 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getMembership()
	 * @generated
	 */
	int MEMBERSHIP = 14;

	/**
	 * The feature id for the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP__PERSON = 0;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP__ROLE = 1;

	/**
	 * The feature id for the '<em><b>Joined</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP__JOINED = 2;

	/**
	 * The feature id for the '<em><b>Left</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP__LEFT = 3;

	/**
	 * The number of structural features of the '<em>Membership</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Membership</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.leerkring.model.impl.ItemImpl <em>Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leerkring.model.impl.ItemImpl
	 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getItem()
	 * @generated
	 */
	int ITEM = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__ID = 0;

	/**
	 * The feature id for the '<em><b>Kind Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__KIND_ID = 1;

	/**
	 * The feature id for the '<em><b>Step Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__STEP_ID = 2;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__TEXT = 3;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__AUTHOR = 4;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__CREATED_AT = 5;

	/**
	 * The feature id for the '<em><b>Chosen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__CHOSEN = 6;

	/**
	 * The feature id for the '<em><b>Subgroup</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__SUBGROUP = 7;

	/**
	 * The feature id for the '<em><b>Marks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__MARKS = 8;

	/**
	 * The number of structural features of the '<em>Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.leerkring.model.impl.CodeMarkImpl <em>Code Mark</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leerkring.model.impl.CodeMarkImpl
	 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getCodeMark()
	 * @generated
	 */
	int CODE_MARK = 16;

	/**
	 * The feature id for the '<em><b>Code Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_MARK__CODE_ID = 0;

	/**
	 * The feature id for the '<em><b>Valence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_MARK__VALENCE = 1;

	/**
	 * The number of structural features of the '<em>Code Mark</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_MARK_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Code Mark</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_MARK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.leerkring.model.impl.ActionImpl <em>Action</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leerkring.model.impl.ActionImpl
	 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getAction()
	 * @generated
	 */
	int ACTION = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__ID = ITEM__ID;

	/**
	 * The feature id for the '<em><b>Kind Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__KIND_ID = ITEM__KIND_ID;

	/**
	 * The feature id for the '<em><b>Step Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__STEP_ID = ITEM__STEP_ID;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__TEXT = ITEM__TEXT;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__AUTHOR = ITEM__AUTHOR;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__CREATED_AT = ITEM__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Chosen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__CHOSEN = ITEM__CHOSEN;

	/**
	 * The feature id for the '<em><b>Subgroup</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__SUBGROUP = ITEM__SUBGROUP;

	/**
	 * The feature id for the '<em><b>Marks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__MARKS = ITEM__MARKS;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__OWNER = ITEM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Owner Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__OWNER_ID = ITEM_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__DUE_DATE = ITEM_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__STATUS = ITEM_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__OUTCOME = ITEM_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Learning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__LEARNING = ITEM_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__REASON = ITEM_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Carry Over Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__CARRY_OVER_COUNT = ITEM_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Follows Action Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__FOLLOWS_ACTION_ID = ITEM_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__NOTES = ITEM_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>History</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__HISTORY = ITEM_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_FEATURE_COUNT = ITEM_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_OPERATION_COUNT = ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.leerkring.model.impl.ProgressNoteImpl <em>Progress Note</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leerkring.model.impl.ProgressNoteImpl
	 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getProgressNote()
	 * @generated
	 */
	int PROGRESS_NOTE = 18;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_NOTE__AT = 0;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_NOTE__AUTHOR = 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_NOTE__TEXT = 2;

	/**
	 * The number of structural features of the '<em>Progress Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_NOTE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Progress Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_NOTE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.leerkring.model.impl.StatusChangeImpl <em>Status Change</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leerkring.model.impl.StatusChangeImpl
	 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getStatusChange()
	 * @generated
	 */
	int STATUS_CHANGE = 19;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE__AT = 0;

	/**
	 * The feature id for the '<em><b>By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE__BY = 1;

	/**
	 * The feature id for the '<em><b>From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE__FROM = 2;

	/**
	 * The feature id for the '<em><b>To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE__TO = 3;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE__REASON = 4;

	/**
	 * The feature id for the '<em><b>Session Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE__SESSION_ID = 5;

	/**
	 * The number of structural features of the '<em>Status Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Status Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.leerkring.model.MethodFamily <em>Method Family</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leerkring.model.MethodFamily
	 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getMethodFamily()
	 * @generated
	 */
	int METHOD_FAMILY = 20;

	/**
	 * The meta object id for the '{@link nl.leerkring.model.ProtocolOrigin <em>Protocol Origin</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leerkring.model.ProtocolOrigin
	 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getProtocolOrigin()
	 * @generated
	 */
	int PROTOCOL_ORIGIN = 21;

	/**
	 * The meta object id for the '{@link nl.leerkring.model.LearningPreference <em>Learning Preference</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leerkring.model.LearningPreference
	 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getLearningPreference()
	 * @generated
	 */
	int LEARNING_PREFERENCE = 22;

	/**
	 * The meta object id for the '{@link nl.leerkring.model.SessionStatus <em>Session Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leerkring.model.SessionStatus
	 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getSessionStatus()
	 * @generated
	 */
	int SESSION_STATUS = 23;

	/**
	 * The meta object id for the '{@link nl.leerkring.model.GroupKind <em>Group Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leerkring.model.GroupKind
	 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getGroupKind()
	 * @generated
	 */
	int GROUP_KIND = 24;

	/**
	 * The meta object id for the '{@link nl.leerkring.model.MemberRole <em>Member Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leerkring.model.MemberRole
	 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getMemberRole()
	 * @generated
	 */
	int MEMBER_ROLE = 25;

	/**
	 * The meta object id for the '{@link nl.leerkring.model.Valence <em>Valence</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leerkring.model.Valence
	 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getValence()
	 * @generated
	 */
	int VALENCE = 26;

	/**
	 * The meta object id for the '{@link nl.leerkring.model.ActionStatus <em>Action Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leerkring.model.ActionStatus
	 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getActionStatus()
	 * @generated
	 */
	int ACTION_STATUS = 27;

	/**
	 * The meta object id for the '{@link nl.leerkring.model.ActionReason <em>Action Reason</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leerkring.model.ActionReason
	 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getActionReason()
	 * @generated
	 */
	int ACTION_REASON = 28;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 29;

	/**
	 * The meta object id for the '<em>Local Time</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalTime
	 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getLocalTime()
	 * @generated
	 */
	int LOCAL_TIME = 30;

	/**
	 * The meta object id for the '<em>Instant</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.Instant
	 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getInstant()
	 * @generated
	 */
	int INSTANT = 31;


	/**
	 * Returns the meta object for class '{@link nl.leerkring.model.LocalizedText <em>Localized Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Localized Text</em>'.
	 * @see nl.leerkring.model.LocalizedText
	 * @generated
	 */
	EClass getLocalizedText();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.LocalizedText#getNl <em>Nl</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nl</em>'.
	 * @see nl.leerkring.model.LocalizedText#getNl()
	 * @see #getLocalizedText()
	 * @generated
	 */
	EAttribute getLocalizedText_Nl();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.LocalizedText#getEn <em>En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>En</em>'.
	 * @see nl.leerkring.model.LocalizedText#getEn()
	 * @see #getLocalizedText()
	 * @generated
	 */
	EAttribute getLocalizedText_En();

	/**
	 * Returns the meta object for the '{@link nl.leerkring.model.LocalizedText#text(java.lang.String) <em>Text</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Text</em>' operation.
	 * @see nl.leerkring.model.LocalizedText#text(java.lang.String)
	 * @generated
	 */
	EOperation getLocalizedText__Text__String();

	/**
	 * Returns the meta object for class '{@link nl.leerkring.model.Protocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Protocol</em>'.
	 * @see nl.leerkring.model.Protocol
	 * @generated
	 */
	EClass getProtocol();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Protocol#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see nl.leerkring.model.Protocol#getId()
	 * @see #getProtocol()
	 * @generated
	 */
	EAttribute getProtocol_Id();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Protocol#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see nl.leerkring.model.Protocol#getVersion()
	 * @see #getProtocol()
	 * @generated
	 */
	EAttribute getProtocol_Version();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Protocol#getFamily <em>Family</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Family</em>'.
	 * @see nl.leerkring.model.Protocol#getFamily()
	 * @see #getProtocol()
	 * @generated
	 */
	EAttribute getProtocol_Family();

	/**
	 * Returns the meta object for the containment reference '{@link nl.leerkring.model.Protocol#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Name</em>'.
	 * @see nl.leerkring.model.Protocol#getName()
	 * @see #getProtocol()
	 * @generated
	 */
	EReference getProtocol_Name();

	/**
	 * Returns the meta object for the containment reference '{@link nl.leerkring.model.Protocol#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Description</em>'.
	 * @see nl.leerkring.model.Protocol#getDescription()
	 * @see #getProtocol()
	 * @generated
	 */
	EReference getProtocol_Description();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Protocol#getReference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference</em>'.
	 * @see nl.leerkring.model.Protocol#getReference()
	 * @see #getProtocol()
	 * @generated
	 */
	EAttribute getProtocol_Reference();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Protocol#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Origin</em>'.
	 * @see nl.leerkring.model.Protocol#getOrigin()
	 * @see #getProtocol()
	 * @generated
	 */
	EAttribute getProtocol_Origin();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Protocol#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see nl.leerkring.model.Protocol#getAuthor()
	 * @see #getProtocol()
	 * @generated
	 */
	EAttribute getProtocol_Author();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Protocol#getGroupSizeMin <em>Group Size Min</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group Size Min</em>'.
	 * @see nl.leerkring.model.Protocol#getGroupSizeMin()
	 * @see #getProtocol()
	 * @generated
	 */
	EAttribute getProtocol_GroupSizeMin();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Protocol#getGroupSizeMax <em>Group Size Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group Size Max</em>'.
	 * @see nl.leerkring.model.Protocol#getGroupSizeMax()
	 * @see #getProtocol()
	 * @generated
	 */
	EAttribute getProtocol_GroupSizeMax();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Protocol#getDurationMinutes <em>Duration Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Minutes</em>'.
	 * @see nl.leerkring.model.Protocol#getDurationMinutes()
	 * @see #getProtocol()
	 * @generated
	 */
	EAttribute getProtocol_DurationMinutes();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Protocol#isDurationSourced <em>Duration Sourced</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Sourced</em>'.
	 * @see nl.leerkring.model.Protocol#isDurationSourced()
	 * @see #getProtocol()
	 * @generated
	 */
	EAttribute getProtocol_DurationSourced();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Protocol#isGroupSizeSourced <em>Group Size Sourced</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group Size Sourced</em>'.
	 * @see nl.leerkring.model.Protocol#isGroupSizeSourced()
	 * @see #getProtocol()
	 * @generated
	 */
	EAttribute getProtocol_GroupSizeSourced();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Protocol#isFollowUpReview <em>Follow Up Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Follow Up Review</em>'.
	 * @see nl.leerkring.model.Protocol#isFollowUpReview()
	 * @see #getProtocol()
	 * @generated
	 */
	EAttribute getProtocol_FollowUpReview();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Protocol#getReviewMinutes <em>Review Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Review Minutes</em>'.
	 * @see nl.leerkring.model.Protocol#getReviewMinutes()
	 * @see #getProtocol()
	 * @generated
	 */
	EAttribute getProtocol_ReviewMinutes();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Protocol#isReviewWithinDuration <em>Review Within Duration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Review Within Duration</em>'.
	 * @see nl.leerkring.model.Protocol#isReviewWithinDuration()
	 * @see #getProtocol()
	 * @generated
	 */
	EAttribute getProtocol_ReviewWithinDuration();

	/**
	 * Returns the meta object for the attribute list '{@link nl.leerkring.model.Protocol#getLearningPreferences <em>Learning Preferences</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Learning Preferences</em>'.
	 * @see nl.leerkring.model.Protocol#getLearningPreferences()
	 * @see #getProtocol()
	 * @generated
	 */
	EAttribute getProtocol_LearningPreferences();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.leerkring.model.Protocol#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Roles</em>'.
	 * @see nl.leerkring.model.Protocol#getRoles()
	 * @see #getProtocol()
	 * @generated
	 */
	EReference getProtocol_Roles();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.leerkring.model.Protocol#getItemKinds <em>Item Kinds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Item Kinds</em>'.
	 * @see nl.leerkring.model.Protocol#getItemKinds()
	 * @see #getProtocol()
	 * @generated
	 */
	EReference getProtocol_ItemKinds();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.leerkring.model.Protocol#getPhases <em>Phases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Phases</em>'.
	 * @see nl.leerkring.model.Protocol#getPhases()
	 * @see #getProtocol()
	 * @generated
	 */
	EReference getProtocol_Phases();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.leerkring.model.Protocol#getMeetings <em>Meetings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Meetings</em>'.
	 * @see nl.leerkring.model.Protocol#getMeetings()
	 * @see #getProtocol()
	 * @generated
	 */
	EReference getProtocol_Meetings();

	/**
	 * Returns the meta object for class '{@link nl.leerkring.model.Meeting <em>Meeting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Meeting</em>'.
	 * @see nl.leerkring.model.Meeting
	 * @generated
	 */
	EClass getMeeting();

	/**
	 * Returns the meta object for the containment reference '{@link nl.leerkring.model.Meeting#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Title</em>'.
	 * @see nl.leerkring.model.Meeting#getTitle()
	 * @see #getMeeting()
	 * @generated
	 */
	EReference getMeeting_Title();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Meeting#getWeeksAfter <em>Weeks After</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weeks After</em>'.
	 * @see nl.leerkring.model.Meeting#getWeeksAfter()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_WeeksAfter();

	/**
	 * Returns the meta object for the reference list '{@link nl.leerkring.model.Meeting#getPhases <em>Phases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Phases</em>'.
	 * @see nl.leerkring.model.Meeting#getPhases()
	 * @see #getMeeting()
	 * @generated
	 */
	EReference getMeeting_Phases();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Meeting#isAfterTrial <em>After Trial</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>After Trial</em>'.
	 * @see nl.leerkring.model.Meeting#isAfterTrial()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_AfterTrial();

	/**
	 * Returns the meta object for class '{@link nl.leerkring.model.Phase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Phase</em>'.
	 * @see nl.leerkring.model.Phase
	 * @generated
	 */
	EClass getPhase();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Phase#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see nl.leerkring.model.Phase#getId()
	 * @see #getPhase()
	 * @generated
	 */
	EAttribute getPhase_Id();

	/**
	 * Returns the meta object for the containment reference '{@link nl.leerkring.model.Phase#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Name</em>'.
	 * @see nl.leerkring.model.Phase#getName()
	 * @see #getPhase()
	 * @generated
	 */
	EReference getPhase_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.leerkring.model.Phase#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see nl.leerkring.model.Phase#getSteps()
	 * @see #getPhase()
	 * @generated
	 */
	EReference getPhase_Steps();

	/**
	 * Returns the meta object for class '{@link nl.leerkring.model.Step <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Step</em>'.
	 * @see nl.leerkring.model.Step
	 * @generated
	 */
	EClass getStep();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Step#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see nl.leerkring.model.Step#getId()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Id();

	/**
	 * Returns the meta object for the containment reference '{@link nl.leerkring.model.Step#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Title</em>'.
	 * @see nl.leerkring.model.Step#getTitle()
	 * @see #getStep()
	 * @generated
	 */
	EReference getStep_Title();

	/**
	 * Returns the meta object for the containment reference '{@link nl.leerkring.model.Step#getInstruction <em>Instruction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Instruction</em>'.
	 * @see nl.leerkring.model.Step#getInstruction()
	 * @see #getStep()
	 * @generated
	 */
	EReference getStep_Instruction();

	/**
	 * Returns the meta object for the containment reference '{@link nl.leerkring.model.Step#getPrompt <em>Prompt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Prompt</em>'.
	 * @see nl.leerkring.model.Step#getPrompt()
	 * @see #getStep()
	 * @generated
	 */
	EReference getStep_Prompt();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Step#getTimeboxMinutes <em>Timebox Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timebox Minutes</em>'.
	 * @see nl.leerkring.model.Step#getTimeboxMinutes()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_TimeboxMinutes();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Step#isTimeboxSourced <em>Timebox Sourced</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timebox Sourced</em>'.
	 * @see nl.leerkring.model.Step#isTimeboxSourced()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_TimeboxSourced();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Step#isPerCase <em>Per Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Per Case</em>'.
	 * @see nl.leerkring.model.Step#isPerCase()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_PerCase();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Step#isSubgroups <em>Subgroups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subgroups</em>'.
	 * @see nl.leerkring.model.Step#isSubgroups()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Subgroups();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.leerkring.model.Step#getCaptures <em>Captures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Captures</em>'.
	 * @see nl.leerkring.model.Step#getCaptures()
	 * @see #getStep()
	 * @generated
	 */
	EReference getStep_Captures();

	/**
	 * Returns the meta object for the reference list '{@link nl.leerkring.model.Step#getActiveRoles <em>Active Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Active Roles</em>'.
	 * @see nl.leerkring.model.Step#getActiveRoles()
	 * @see #getStep()
	 * @generated
	 */
	EReference getStep_ActiveRoles();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Step#isSkippable <em>Skippable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Skippable</em>'.
	 * @see nl.leerkring.model.Step#isSkippable()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Skippable();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Step#isRepeatPerParticipant <em>Repeat Per Participant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Repeat Per Participant</em>'.
	 * @see nl.leerkring.model.Step#isRepeatPerParticipant()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_RepeatPerParticipant();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.leerkring.model.Step#getTips <em>Tips</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tips</em>'.
	 * @see nl.leerkring.model.Step#getTips()
	 * @see #getStep()
	 * @generated
	 */
	EReference getStep_Tips();

	/**
	 * Returns the meta object for class '{@link nl.leerkring.model.Capture <em>Capture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Capture</em>'.
	 * @see nl.leerkring.model.Capture
	 * @generated
	 */
	EClass getCapture();

	/**
	 * Returns the meta object for the reference '{@link nl.leerkring.model.Capture#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Kind</em>'.
	 * @see nl.leerkring.model.Capture#getKind()
	 * @see #getCapture()
	 * @generated
	 */
	EReference getCapture_Kind();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Capture#getMin <em>Min</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min</em>'.
	 * @see nl.leerkring.model.Capture#getMin()
	 * @see #getCapture()
	 * @generated
	 */
	EAttribute getCapture_Min();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Capture#getMax <em>Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max</em>'.
	 * @see nl.leerkring.model.Capture#getMax()
	 * @see #getCapture()
	 * @generated
	 */
	EAttribute getCapture_Max();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Capture#isPerParticipant <em>Per Participant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Per Participant</em>'.
	 * @see nl.leerkring.model.Capture#isPerParticipant()
	 * @see #getCapture()
	 * @generated
	 */
	EAttribute getCapture_PerParticipant();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Capture#getChooseMax <em>Choose Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Choose Max</em>'.
	 * @see nl.leerkring.model.Capture#getChooseMax()
	 * @see #getCapture()
	 * @generated
	 */
	EAttribute getCapture_ChooseMax();

	/**
	 * Returns the meta object for class '{@link nl.leerkring.model.ItemKind <em>Item Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Item Kind</em>'.
	 * @see nl.leerkring.model.ItemKind
	 * @generated
	 */
	EClass getItemKind();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.ItemKind#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see nl.leerkring.model.ItemKind#getId()
	 * @see #getItemKind()
	 * @generated
	 */
	EAttribute getItemKind_Id();

	/**
	 * Returns the meta object for the containment reference '{@link nl.leerkring.model.ItemKind#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Name</em>'.
	 * @see nl.leerkring.model.ItemKind#getName()
	 * @see #getItemKind()
	 * @generated
	 */
	EReference getItemKind_Name();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.ItemKind#isAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see nl.leerkring.model.ItemKind#isAction()
	 * @see #getItemKind()
	 * @generated
	 */
	EAttribute getItemKind_Action();

	/**
	 * Returns the meta object for the containment reference '{@link nl.leerkring.model.ItemKind#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Description</em>'.
	 * @see nl.leerkring.model.ItemKind#getDescription()
	 * @see #getItemKind()
	 * @generated
	 */
	EReference getItemKind_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.leerkring.model.ItemKind#getCodes <em>Codes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Codes</em>'.
	 * @see nl.leerkring.model.ItemKind#getCodes()
	 * @see #getItemKind()
	 * @generated
	 */
	EReference getItemKind_Codes();

	/**
	 * Returns the meta object for class '{@link nl.leerkring.model.Code <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Code</em>'.
	 * @see nl.leerkring.model.Code
	 * @generated
	 */
	EClass getCode();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Code#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see nl.leerkring.model.Code#getId()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_Id();

	/**
	 * Returns the meta object for the containment reference '{@link nl.leerkring.model.Code#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Name</em>'.
	 * @see nl.leerkring.model.Code#getName()
	 * @see #getCode()
	 * @generated
	 */
	EReference getCode_Name();

	/**
	 * Returns the meta object for the containment reference '{@link nl.leerkring.model.Code#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Description</em>'.
	 * @see nl.leerkring.model.Code#getDescription()
	 * @see #getCode()
	 * @generated
	 */
	EReference getCode_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.leerkring.model.Code#getCodes <em>Codes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Codes</em>'.
	 * @see nl.leerkring.model.Code#getCodes()
	 * @see #getCode()
	 * @generated
	 */
	EReference getCode_Codes();

	/**
	 * Returns the meta object for class '{@link nl.leerkring.model.Role <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Role</em>'.
	 * @see nl.leerkring.model.Role
	 * @generated
	 */
	EClass getRole();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Role#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see nl.leerkring.model.Role#getId()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Id();

	/**
	 * Returns the meta object for the containment reference '{@link nl.leerkring.model.Role#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Name</em>'.
	 * @see nl.leerkring.model.Role#getName()
	 * @see #getRole()
	 * @generated
	 */
	EReference getRole_Name();

	/**
	 * Returns the meta object for the containment reference '{@link nl.leerkring.model.Role#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Description</em>'.
	 * @see nl.leerkring.model.Role#getDescription()
	 * @see #getRole()
	 * @generated
	 */
	EReference getRole_Description();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Role#isOwnsActions <em>Owns Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owns Actions</em>'.
	 * @see nl.leerkring.model.Role#isOwnsActions()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_OwnsActions();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Role#isOptional <em>Optional</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Optional</em>'.
	 * @see nl.leerkring.model.Role#isOptional()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Optional();

	/**
	 * Returns the meta object for class '{@link nl.leerkring.model.Session <em>Session</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Session</em>'.
	 * @see nl.leerkring.model.Session
	 * @generated
	 */
	EClass getSession();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Session#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see nl.leerkring.model.Session#getId()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_Id();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Session#getProtocolId <em>Protocol Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protocol Id</em>'.
	 * @see nl.leerkring.model.Session#getProtocolId()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_ProtocolId();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Session#getProtocolVersion <em>Protocol Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protocol Version</em>'.
	 * @see nl.leerkring.model.Session#getProtocolVersion()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_ProtocolVersion();

	/**
	 * Returns the meta object for the reference '{@link nl.leerkring.model.Session#getProtocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Protocol</em>'.
	 * @see nl.leerkring.model.Session#getProtocol()
	 * @see #getSession()
	 * @generated
	 */
	EReference getSession_Protocol();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Session#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see nl.leerkring.model.Session#getTitle()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_Title();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Session#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see nl.leerkring.model.Session#getGroup()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_Group();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Session#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see nl.leerkring.model.Session#getDate()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_Date();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Session#getStartTime <em>Start Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Time</em>'.
	 * @see nl.leerkring.model.Session#getStartTime()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_StartTime();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Session#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see nl.leerkring.model.Session#getStatus()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_Status();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Session#getCurrentStep <em>Current Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Current Step</em>'.
	 * @see nl.leerkring.model.Session#getCurrentStep()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_CurrentStep();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Session#getUpdatedAt <em>Updated At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Updated At</em>'.
	 * @see nl.leerkring.model.Session#getUpdatedAt()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_UpdatedAt();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Session#isActionReview <em>Action Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action Review</em>'.
	 * @see nl.leerkring.model.Session#isActionReview()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_ActionReview();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Session#getCaseRounds <em>Case Rounds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Case Rounds</em>'.
	 * @see nl.leerkring.model.Session#getCaseRounds()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_CaseRounds();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Session#isValueRound <em>Value Round</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value Round</em>'.
	 * @see nl.leerkring.model.Session#isValueRound()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_ValueRound();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Session#getTrajectoryId <em>Trajectory Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trajectory Id</em>'.
	 * @see nl.leerkring.model.Session#getTrajectoryId()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_TrajectoryId();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Session#getMeeting <em>Meeting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Meeting</em>'.
	 * @see nl.leerkring.model.Session#getMeeting()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_Meeting();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.leerkring.model.Session#getParticipants <em>Participants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Participants</em>'.
	 * @see nl.leerkring.model.Session#getParticipants()
	 * @see #getSession()
	 * @generated
	 */
	EReference getSession_Participants();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.leerkring.model.Session#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see nl.leerkring.model.Session#getItems()
	 * @see #getSession()
	 * @generated
	 */
	EReference getSession_Items();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.leerkring.model.Session#getStepTimes <em>Step Times</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Step Times</em>'.
	 * @see nl.leerkring.model.Session#getStepTimes()
	 * @see #getSession()
	 * @generated
	 */
	EReference getSession_StepTimes();

	/**
	 * Returns the meta object for class '{@link nl.leerkring.model.StepTime <em>Step Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Step Time</em>'.
	 * @see nl.leerkring.model.StepTime
	 * @generated
	 */
	EClass getStepTime();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.StepTime#getStepId <em>Step Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step Id</em>'.
	 * @see nl.leerkring.model.StepTime#getStepId()
	 * @see #getStepTime()
	 * @generated
	 */
	EAttribute getStepTime_StepId();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.StepTime#getElapsedSeconds <em>Elapsed Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Elapsed Seconds</em>'.
	 * @see nl.leerkring.model.StepTime#getElapsedSeconds()
	 * @see #getStepTime()
	 * @generated
	 */
	EAttribute getStepTime_ElapsedSeconds();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.StepTime#getTimeboxSeconds <em>Timebox Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timebox Seconds</em>'.
	 * @see nl.leerkring.model.StepTime#getTimeboxSeconds()
	 * @see #getStepTime()
	 * @generated
	 */
	EAttribute getStepTime_TimeboxSeconds();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.StepTime#getSkipReason <em>Skip Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Skip Reason</em>'.
	 * @see nl.leerkring.model.StepTime#getSkipReason()
	 * @see #getStepTime()
	 * @generated
	 */
	EAttribute getStepTime_SkipReason();

	/**
	 * Returns the meta object for class '{@link nl.leerkring.model.Participant <em>Participant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Participant</em>'.
	 * @see nl.leerkring.model.Participant
	 * @generated
	 */
	EClass getParticipant();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Participant#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see nl.leerkring.model.Participant#getName()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_Name();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Participant#getRoleId <em>Role Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role Id</em>'.
	 * @see nl.leerkring.model.Participant#getRoleId()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_RoleId();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Participant#getPersonId <em>Person Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Person Id</em>'.
	 * @see nl.leerkring.model.Participant#getPersonId()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_PersonId();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Participant#isPresent <em>Present</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Present</em>'.
	 * @see nl.leerkring.model.Participant#isPresent()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_Present();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Participant#isGuest <em>Guest</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Guest</em>'.
	 * @see nl.leerkring.model.Participant#isGuest()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_Guest();

	/**
	 * Returns the meta object for class '{@link nl.leerkring.model.Group <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Group</em>'.
	 * @see nl.leerkring.model.Group
	 * @generated
	 */
	EClass getGroup();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Group#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see nl.leerkring.model.Group#getId()
	 * @see #getGroup()
	 * @generated
	 */
	EAttribute getGroup_Id();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Group#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see nl.leerkring.model.Group#getName()
	 * @see #getGroup()
	 * @generated
	 */
	EAttribute getGroup_Name();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Group#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see nl.leerkring.model.Group#getKind()
	 * @see #getGroup()
	 * @generated
	 */
	EAttribute getGroup_Kind();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Group#getOrganisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Organisation</em>'.
	 * @see nl.leerkring.model.Group#getOrganisation()
	 * @see #getGroup()
	 * @generated
	 */
	EAttribute getGroup_Organisation();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Group#getUsualProtocolId <em>Usual Protocol Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Usual Protocol Id</em>'.
	 * @see nl.leerkring.model.Group#getUsualProtocolId()
	 * @see #getGroup()
	 * @generated
	 */
	EAttribute getGroup_UsualProtocolId();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.leerkring.model.Group#getMemberships <em>Memberships</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Memberships</em>'.
	 * @see nl.leerkring.model.Group#getMemberships()
	 * @see #getGroup()
	 * @generated
	 */
	EReference getGroup_Memberships();

	/**
	 * Returns the meta object for class '{@link nl.leerkring.model.Person <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Person</em>'.
	 * @see nl.leerkring.model.Person
	 * @generated
	 */
	EClass getPerson();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Person#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see nl.leerkring.model.Person#getId()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Id();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Person#getDisplayName <em>Display Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Display Name</em>'.
	 * @see nl.leerkring.model.Person#getDisplayName()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_DisplayName();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Person#getInitials <em>Initials</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initials</em>'.
	 * @see nl.leerkring.model.Person#getInitials()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Initials();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Person#getLogin <em>Login</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Login</em>'.
	 * @see nl.leerkring.model.Person#getLogin()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Login();

	/**
	 * Returns the meta object for class '{@link nl.leerkring.model.Membership <em>Membership</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Membership</em>'.
	 * @see nl.leerkring.model.Membership
	 * @generated
	 */
	EClass getMembership();

	/**
	 * Returns the meta object for the reference '{@link nl.leerkring.model.Membership#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Person</em>'.
	 * @see nl.leerkring.model.Membership#getPerson()
	 * @see #getMembership()
	 * @generated
	 */
	EReference getMembership_Person();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Membership#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see nl.leerkring.model.Membership#getRole()
	 * @see #getMembership()
	 * @generated
	 */
	EAttribute getMembership_Role();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Membership#getJoined <em>Joined</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Joined</em>'.
	 * @see nl.leerkring.model.Membership#getJoined()
	 * @see #getMembership()
	 * @generated
	 */
	EAttribute getMembership_Joined();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Membership#getLeft <em>Left</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Left</em>'.
	 * @see nl.leerkring.model.Membership#getLeft()
	 * @see #getMembership()
	 * @generated
	 */
	EAttribute getMembership_Left();

	/**
	 * Returns the meta object for class '{@link nl.leerkring.model.Item <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Item</em>'.
	 * @see nl.leerkring.model.Item
	 * @generated
	 */
	EClass getItem();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Item#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see nl.leerkring.model.Item#getId()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Id();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Item#getKindId <em>Kind Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind Id</em>'.
	 * @see nl.leerkring.model.Item#getKindId()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_KindId();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Item#getStepId <em>Step Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step Id</em>'.
	 * @see nl.leerkring.model.Item#getStepId()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_StepId();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Item#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see nl.leerkring.model.Item#getText()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Text();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Item#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see nl.leerkring.model.Item#getAuthor()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Author();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Item#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see nl.leerkring.model.Item#getCreatedAt()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Item#isChosen <em>Chosen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Chosen</em>'.
	 * @see nl.leerkring.model.Item#isChosen()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Chosen();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Item#getSubgroup <em>Subgroup</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subgroup</em>'.
	 * @see nl.leerkring.model.Item#getSubgroup()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Subgroup();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.leerkring.model.Item#getMarks <em>Marks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Marks</em>'.
	 * @see nl.leerkring.model.Item#getMarks()
	 * @see #getItem()
	 * @generated
	 */
	EReference getItem_Marks();

	/**
	 * Returns the meta object for class '{@link nl.leerkring.model.CodeMark <em>Code Mark</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Code Mark</em>'.
	 * @see nl.leerkring.model.CodeMark
	 * @generated
	 */
	EClass getCodeMark();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.CodeMark#getCodeId <em>Code Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code Id</em>'.
	 * @see nl.leerkring.model.CodeMark#getCodeId()
	 * @see #getCodeMark()
	 * @generated
	 */
	EAttribute getCodeMark_CodeId();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.CodeMark#getValence <em>Valence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valence</em>'.
	 * @see nl.leerkring.model.CodeMark#getValence()
	 * @see #getCodeMark()
	 * @generated
	 */
	EAttribute getCodeMark_Valence();

	/**
	 * Returns the meta object for class '{@link nl.leerkring.model.Action <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Action</em>'.
	 * @see nl.leerkring.model.Action
	 * @generated
	 */
	EClass getAction();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Action#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see nl.leerkring.model.Action#getOwner()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Owner();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Action#getOwnerId <em>Owner Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner Id</em>'.
	 * @see nl.leerkring.model.Action#getOwnerId()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_OwnerId();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Action#getDueDate <em>Due Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Date</em>'.
	 * @see nl.leerkring.model.Action#getDueDate()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_DueDate();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Action#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see nl.leerkring.model.Action#getStatus()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Status();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Action#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see nl.leerkring.model.Action#getOutcome()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Outcome();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Action#getLearning <em>Learning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Learning</em>'.
	 * @see nl.leerkring.model.Action#getLearning()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Learning();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Action#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see nl.leerkring.model.Action#getReason()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Reason();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Action#getCarryOverCount <em>Carry Over Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Carry Over Count</em>'.
	 * @see nl.leerkring.model.Action#getCarryOverCount()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_CarryOverCount();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.Action#getFollowsActionId <em>Follows Action Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Follows Action Id</em>'.
	 * @see nl.leerkring.model.Action#getFollowsActionId()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_FollowsActionId();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.leerkring.model.Action#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Notes</em>'.
	 * @see nl.leerkring.model.Action#getNotes()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_Notes();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.leerkring.model.Action#getHistory <em>History</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>History</em>'.
	 * @see nl.leerkring.model.Action#getHistory()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_History();

	/**
	 * Returns the meta object for class '{@link nl.leerkring.model.ProgressNote <em>Progress Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Progress Note</em>'.
	 * @see nl.leerkring.model.ProgressNote
	 * @generated
	 */
	EClass getProgressNote();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.ProgressNote#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see nl.leerkring.model.ProgressNote#getAt()
	 * @see #getProgressNote()
	 * @generated
	 */
	EAttribute getProgressNote_At();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.ProgressNote#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see nl.leerkring.model.ProgressNote#getAuthor()
	 * @see #getProgressNote()
	 * @generated
	 */
	EAttribute getProgressNote_Author();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.ProgressNote#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see nl.leerkring.model.ProgressNote#getText()
	 * @see #getProgressNote()
	 * @generated
	 */
	EAttribute getProgressNote_Text();

	/**
	 * Returns the meta object for class '{@link nl.leerkring.model.StatusChange <em>Status Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Status Change</em>'.
	 * @see nl.leerkring.model.StatusChange
	 * @generated
	 */
	EClass getStatusChange();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.StatusChange#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see nl.leerkring.model.StatusChange#getAt()
	 * @see #getStatusChange()
	 * @generated
	 */
	EAttribute getStatusChange_At();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.StatusChange#getBy <em>By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>By</em>'.
	 * @see nl.leerkring.model.StatusChange#getBy()
	 * @see #getStatusChange()
	 * @generated
	 */
	EAttribute getStatusChange_By();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.StatusChange#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From</em>'.
	 * @see nl.leerkring.model.StatusChange#getFrom()
	 * @see #getStatusChange()
	 * @generated
	 */
	EAttribute getStatusChange_From();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.StatusChange#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To</em>'.
	 * @see nl.leerkring.model.StatusChange#getTo()
	 * @see #getStatusChange()
	 * @generated
	 */
	EAttribute getStatusChange_To();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.StatusChange#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see nl.leerkring.model.StatusChange#getReason()
	 * @see #getStatusChange()
	 * @generated
	 */
	EAttribute getStatusChange_Reason();

	/**
	 * Returns the meta object for the attribute '{@link nl.leerkring.model.StatusChange#getSessionId <em>Session Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Session Id</em>'.
	 * @see nl.leerkring.model.StatusChange#getSessionId()
	 * @see #getStatusChange()
	 * @generated
	 */
	EAttribute getStatusChange_SessionId();

	/**
	 * Returns the meta object for enum '{@link nl.leerkring.model.MethodFamily <em>Method Family</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Method Family</em>'.
	 * @see nl.leerkring.model.MethodFamily
	 * @generated
	 */
	EEnum getMethodFamily();

	/**
	 * Returns the meta object for enum '{@link nl.leerkring.model.ProtocolOrigin <em>Protocol Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Protocol Origin</em>'.
	 * @see nl.leerkring.model.ProtocolOrigin
	 * @generated
	 */
	EEnum getProtocolOrigin();

	/**
	 * Returns the meta object for enum '{@link nl.leerkring.model.LearningPreference <em>Learning Preference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Learning Preference</em>'.
	 * @see nl.leerkring.model.LearningPreference
	 * @generated
	 */
	EEnum getLearningPreference();

	/**
	 * Returns the meta object for enum '{@link nl.leerkring.model.SessionStatus <em>Session Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Session Status</em>'.
	 * @see nl.leerkring.model.SessionStatus
	 * @generated
	 */
	EEnum getSessionStatus();

	/**
	 * Returns the meta object for enum '{@link nl.leerkring.model.GroupKind <em>Group Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Group Kind</em>'.
	 * @see nl.leerkring.model.GroupKind
	 * @generated
	 */
	EEnum getGroupKind();

	/**
	 * Returns the meta object for enum '{@link nl.leerkring.model.MemberRole <em>Member Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Member Role</em>'.
	 * @see nl.leerkring.model.MemberRole
	 * @generated
	 */
	EEnum getMemberRole();

	/**
	 * Returns the meta object for enum '{@link nl.leerkring.model.Valence <em>Valence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Valence</em>'.
	 * @see nl.leerkring.model.Valence
	 * @generated
	 */
	EEnum getValence();

	/**
	 * Returns the meta object for enum '{@link nl.leerkring.model.ActionStatus <em>Action Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Action Status</em>'.
	 * @see nl.leerkring.model.ActionStatus
	 * @generated
	 */
	EEnum getActionStatus();

	/**
	 * Returns the meta object for enum '{@link nl.leerkring.model.ActionReason <em>Action Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Action Reason</em>'.
	 * @see nl.leerkring.model.ActionReason
	 * @generated
	 */
	EEnum getActionReason();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalTime <em>Local Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Local Time</em>'.
	 * @see java.time.LocalTime
	 * @model instanceClass="java.time.LocalTime"
	 * @generated
	 */
	EDataType getLocalTime();

	/**
	 * Returns the meta object for data type '{@link java.time.Instant <em>Instant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Instant</em>'.
	 * @see java.time.Instant
	 * @model instanceClass="java.time.Instant"
	 * @generated
	 */
	EDataType getInstant();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	LeerkringFactory getLeerkringFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link nl.leerkring.model.impl.LocalizedTextImpl <em>Localized Text</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leerkring.model.impl.LocalizedTextImpl
		 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getLocalizedText()
		 * @generated
		 */
		EClass LOCALIZED_TEXT = eINSTANCE.getLocalizedText();

		/**
		 * The meta object literal for the '<em><b>Nl</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCALIZED_TEXT__NL = eINSTANCE.getLocalizedText_Nl();

		/**
		 * The meta object literal for the '<em><b>En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCALIZED_TEXT__EN = eINSTANCE.getLocalizedText_En();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation LOCALIZED_TEXT___TEXT__STRING = eINSTANCE.getLocalizedText__Text__String();

		/**
		 * The meta object literal for the '{@link nl.leerkring.model.impl.ProtocolImpl <em>Protocol</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leerkring.model.impl.ProtocolImpl
		 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getProtocol()
		 * @generated
		 */
		EClass PROTOCOL = eINSTANCE.getProtocol();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL__ID = eINSTANCE.getProtocol_Id();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL__VERSION = eINSTANCE.getProtocol_Version();

		/**
		 * The meta object literal for the '<em><b>Family</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL__FAMILY = eINSTANCE.getProtocol_Family();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROTOCOL__NAME = eINSTANCE.getProtocol_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROTOCOL__DESCRIPTION = eINSTANCE.getProtocol_Description();

		/**
		 * The meta object literal for the '<em><b>Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL__REFERENCE = eINSTANCE.getProtocol_Reference();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL__ORIGIN = eINSTANCE.getProtocol_Origin();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL__AUTHOR = eINSTANCE.getProtocol_Author();

		/**
		 * The meta object literal for the '<em><b>Group Size Min</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL__GROUP_SIZE_MIN = eINSTANCE.getProtocol_GroupSizeMin();

		/**
		 * The meta object literal for the '<em><b>Group Size Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL__GROUP_SIZE_MAX = eINSTANCE.getProtocol_GroupSizeMax();

		/**
		 * The meta object literal for the '<em><b>Duration Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL__DURATION_MINUTES = eINSTANCE.getProtocol_DurationMinutes();

		/**
		 * The meta object literal for the '<em><b>Duration Sourced</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL__DURATION_SOURCED = eINSTANCE.getProtocol_DurationSourced();

		/**
		 * The meta object literal for the '<em><b>Group Size Sourced</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL__GROUP_SIZE_SOURCED = eINSTANCE.getProtocol_GroupSizeSourced();

		/**
		 * The meta object literal for the '<em><b>Follow Up Review</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL__FOLLOW_UP_REVIEW = eINSTANCE.getProtocol_FollowUpReview();

		/**
		 * The meta object literal for the '<em><b>Review Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL__REVIEW_MINUTES = eINSTANCE.getProtocol_ReviewMinutes();

		/**
		 * The meta object literal for the '<em><b>Review Within Duration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL__REVIEW_WITHIN_DURATION = eINSTANCE.getProtocol_ReviewWithinDuration();

		/**
		 * The meta object literal for the '<em><b>Learning Preferences</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL__LEARNING_PREFERENCES = eINSTANCE.getProtocol_LearningPreferences();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROTOCOL__ROLES = eINSTANCE.getProtocol_Roles();

		/**
		 * The meta object literal for the '<em><b>Item Kinds</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROTOCOL__ITEM_KINDS = eINSTANCE.getProtocol_ItemKinds();

		/**
		 * The meta object literal for the '<em><b>Phases</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROTOCOL__PHASES = eINSTANCE.getProtocol_Phases();

		/**
		 * The meta object literal for the '<em><b>Meetings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROTOCOL__MEETINGS = eINSTANCE.getProtocol_Meetings();

		/**
		 * The meta object literal for the '{@link nl.leerkring.model.impl.MeetingImpl <em>Meeting</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leerkring.model.impl.MeetingImpl
		 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getMeeting()
		 * @generated
		 */
		EClass MEETING = eINSTANCE.getMeeting();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING__TITLE = eINSTANCE.getMeeting_Title();

		/**
		 * The meta object literal for the '<em><b>Weeks After</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__WEEKS_AFTER = eINSTANCE.getMeeting_WeeksAfter();

		/**
		 * The meta object literal for the '<em><b>Phases</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING__PHASES = eINSTANCE.getMeeting_Phases();

		/**
		 * The meta object literal for the '<em><b>After Trial</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__AFTER_TRIAL = eINSTANCE.getMeeting_AfterTrial();

		/**
		 * The meta object literal for the '{@link nl.leerkring.model.impl.PhaseImpl <em>Phase</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leerkring.model.impl.PhaseImpl
		 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getPhase()
		 * @generated
		 */
		EClass PHASE = eINSTANCE.getPhase();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHASE__ID = eINSTANCE.getPhase_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PHASE__NAME = eINSTANCE.getPhase_Name();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PHASE__STEPS = eINSTANCE.getPhase_Steps();

		/**
		 * The meta object literal for the '{@link nl.leerkring.model.impl.StepImpl <em>Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leerkring.model.impl.StepImpl
		 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getStep()
		 * @generated
		 */
		EClass STEP = eINSTANCE.getStep();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__ID = eINSTANCE.getStep_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP__TITLE = eINSTANCE.getStep_Title();

		/**
		 * The meta object literal for the '<em><b>Instruction</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP__INSTRUCTION = eINSTANCE.getStep_Instruction();

		/**
		 * The meta object literal for the '<em><b>Prompt</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP__PROMPT = eINSTANCE.getStep_Prompt();

		/**
		 * The meta object literal for the '<em><b>Timebox Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__TIMEBOX_MINUTES = eINSTANCE.getStep_TimeboxMinutes();

		/**
		 * The meta object literal for the '<em><b>Timebox Sourced</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__TIMEBOX_SOURCED = eINSTANCE.getStep_TimeboxSourced();

		/**
		 * The meta object literal for the '<em><b>Per Case</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__PER_CASE = eINSTANCE.getStep_PerCase();

		/**
		 * The meta object literal for the '<em><b>Subgroups</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__SUBGROUPS = eINSTANCE.getStep_Subgroups();

		/**
		 * The meta object literal for the '<em><b>Captures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP__CAPTURES = eINSTANCE.getStep_Captures();

		/**
		 * The meta object literal for the '<em><b>Active Roles</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP__ACTIVE_ROLES = eINSTANCE.getStep_ActiveRoles();

		/**
		 * The meta object literal for the '<em><b>Skippable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__SKIPPABLE = eINSTANCE.getStep_Skippable();

		/**
		 * The meta object literal for the '<em><b>Repeat Per Participant</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__REPEAT_PER_PARTICIPANT = eINSTANCE.getStep_RepeatPerParticipant();

		/**
		 * The meta object literal for the '<em><b>Tips</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP__TIPS = eINSTANCE.getStep_Tips();

		/**
		 * The meta object literal for the '{@link nl.leerkring.model.impl.CaptureImpl <em>Capture</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leerkring.model.impl.CaptureImpl
		 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getCapture()
		 * @generated
		 */
		EClass CAPTURE = eINSTANCE.getCapture();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAPTURE__KIND = eINSTANCE.getCapture_Kind();

		/**
		 * The meta object literal for the '<em><b>Min</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAPTURE__MIN = eINSTANCE.getCapture_Min();

		/**
		 * The meta object literal for the '<em><b>Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAPTURE__MAX = eINSTANCE.getCapture_Max();

		/**
		 * The meta object literal for the '<em><b>Per Participant</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAPTURE__PER_PARTICIPANT = eINSTANCE.getCapture_PerParticipant();

		/**
		 * The meta object literal for the '<em><b>Choose Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAPTURE__CHOOSE_MAX = eINSTANCE.getCapture_ChooseMax();

		/**
		 * The meta object literal for the '{@link nl.leerkring.model.impl.ItemKindImpl <em>Item Kind</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leerkring.model.impl.ItemKindImpl
		 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getItemKind()
		 * @generated
		 */
		EClass ITEM_KIND = eINSTANCE.getItemKind();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_KIND__ID = eINSTANCE.getItemKind_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ITEM_KIND__NAME = eINSTANCE.getItemKind_Name();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_KIND__ACTION = eINSTANCE.getItemKind_Action();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ITEM_KIND__DESCRIPTION = eINSTANCE.getItemKind_Description();

		/**
		 * The meta object literal for the '<em><b>Codes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ITEM_KIND__CODES = eINSTANCE.getItemKind_Codes();

		/**
		 * The meta object literal for the '{@link nl.leerkring.model.impl.CodeImpl <em>Code</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leerkring.model.impl.CodeImpl
		 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getCode()
		 * @generated
		 */
		EClass CODE = eINSTANCE.getCode();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__ID = eINSTANCE.getCode_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODE__NAME = eINSTANCE.getCode_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODE__DESCRIPTION = eINSTANCE.getCode_Description();

		/**
		 * The meta object literal for the '<em><b>Codes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODE__CODES = eINSTANCE.getCode_Codes();

		/**
		 * The meta object literal for the '{@link nl.leerkring.model.impl.RoleImpl <em>Role</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leerkring.model.impl.RoleImpl
		 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getRole()
		 * @generated
		 */
		EClass ROLE = eINSTANCE.getRole();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__ID = eINSTANCE.getRole_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROLE__NAME = eINSTANCE.getRole_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROLE__DESCRIPTION = eINSTANCE.getRole_Description();

		/**
		 * The meta object literal for the '<em><b>Owns Actions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__OWNS_ACTIONS = eINSTANCE.getRole_OwnsActions();

		/**
		 * The meta object literal for the '<em><b>Optional</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__OPTIONAL = eINSTANCE.getRole_Optional();

		/**
		 * The meta object literal for the '{@link nl.leerkring.model.impl.SessionImpl <em>Session</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leerkring.model.impl.SessionImpl
		 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getSession()
		 * @generated
		 */
		EClass SESSION = eINSTANCE.getSession();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__ID = eINSTANCE.getSession_Id();

		/**
		 * The meta object literal for the '<em><b>Protocol Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__PROTOCOL_ID = eINSTANCE.getSession_ProtocolId();

		/**
		 * The meta object literal for the '<em><b>Protocol Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__PROTOCOL_VERSION = eINSTANCE.getSession_ProtocolVersion();

		/**
		 * The meta object literal for the '<em><b>Protocol</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION__PROTOCOL = eINSTANCE.getSession_Protocol();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__TITLE = eINSTANCE.getSession_Title();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__GROUP = eINSTANCE.getSession_Group();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__DATE = eINSTANCE.getSession_Date();

		/**
		 * The meta object literal for the '<em><b>Start Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__START_TIME = eINSTANCE.getSession_StartTime();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__STATUS = eINSTANCE.getSession_Status();

		/**
		 * The meta object literal for the '<em><b>Current Step</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__CURRENT_STEP = eINSTANCE.getSession_CurrentStep();

		/**
		 * The meta object literal for the '<em><b>Updated At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__UPDATED_AT = eINSTANCE.getSession_UpdatedAt();

		/**
		 * The meta object literal for the '<em><b>Action Review</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__ACTION_REVIEW = eINSTANCE.getSession_ActionReview();

		/**
		 * The meta object literal for the '<em><b>Case Rounds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__CASE_ROUNDS = eINSTANCE.getSession_CaseRounds();

		/**
		 * The meta object literal for the '<em><b>Value Round</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__VALUE_ROUND = eINSTANCE.getSession_ValueRound();

		/**
		 * The meta object literal for the '<em><b>Trajectory Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__TRAJECTORY_ID = eINSTANCE.getSession_TrajectoryId();

		/**
		 * The meta object literal for the '<em><b>Meeting</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__MEETING = eINSTANCE.getSession_Meeting();

		/**
		 * The meta object literal for the '<em><b>Participants</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION__PARTICIPANTS = eINSTANCE.getSession_Participants();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION__ITEMS = eINSTANCE.getSession_Items();

		/**
		 * The meta object literal for the '<em><b>Step Times</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION__STEP_TIMES = eINSTANCE.getSession_StepTimes();

		/**
		 * The meta object literal for the '{@link nl.leerkring.model.impl.StepTimeImpl <em>Step Time</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leerkring.model.impl.StepTimeImpl
		 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getStepTime()
		 * @generated
		 */
		EClass STEP_TIME = eINSTANCE.getStepTime();

		/**
		 * The meta object literal for the '<em><b>Step Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_TIME__STEP_ID = eINSTANCE.getStepTime_StepId();

		/**
		 * The meta object literal for the '<em><b>Elapsed Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_TIME__ELAPSED_SECONDS = eINSTANCE.getStepTime_ElapsedSeconds();

		/**
		 * The meta object literal for the '<em><b>Timebox Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_TIME__TIMEBOX_SECONDS = eINSTANCE.getStepTime_TimeboxSeconds();

		/**
		 * The meta object literal for the '<em><b>Skip Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_TIME__SKIP_REASON = eINSTANCE.getStepTime_SkipReason();

		/**
		 * The meta object literal for the '{@link nl.leerkring.model.impl.ParticipantImpl <em>Participant</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leerkring.model.impl.ParticipantImpl
		 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getParticipant()
		 * @generated
		 */
		EClass PARTICIPANT = eINSTANCE.getParticipant();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__NAME = eINSTANCE.getParticipant_Name();

		/**
		 * The meta object literal for the '<em><b>Role Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__ROLE_ID = eINSTANCE.getParticipant_RoleId();

		/**
		 * The meta object literal for the '<em><b>Person Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__PERSON_ID = eINSTANCE.getParticipant_PersonId();

		/**
		 * The meta object literal for the '<em><b>Present</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__PRESENT = eINSTANCE.getParticipant_Present();

		/**
		 * The meta object literal for the '<em><b>Guest</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__GUEST = eINSTANCE.getParticipant_Guest();

		/**
		 * The meta object literal for the '{@link nl.leerkring.model.impl.GroupImpl <em>Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leerkring.model.impl.GroupImpl
		 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getGroup()
		 * @generated
		 */
		EClass GROUP = eINSTANCE.getGroup();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP__ID = eINSTANCE.getGroup_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP__NAME = eINSTANCE.getGroup_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP__KIND = eINSTANCE.getGroup_Kind();

		/**
		 * The meta object literal for the '<em><b>Organisation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP__ORGANISATION = eINSTANCE.getGroup_Organisation();

		/**
		 * The meta object literal for the '<em><b>Usual Protocol Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP__USUAL_PROTOCOL_ID = eINSTANCE.getGroup_UsualProtocolId();

		/**
		 * The meta object literal for the '<em><b>Memberships</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GROUP__MEMBERSHIPS = eINSTANCE.getGroup_Memberships();

		/**
		 * The meta object literal for the '{@link nl.leerkring.model.impl.PersonImpl <em>Person</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leerkring.model.impl.PersonImpl
		 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getPerson()
		 * @generated
		 */
		EClass PERSON = eINSTANCE.getPerson();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__ID = eINSTANCE.getPerson_Id();

		/**
		 * The meta object literal for the '<em><b>Display Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__DISPLAY_NAME = eINSTANCE.getPerson_DisplayName();

		/**
		 * The meta object literal for the '<em><b>Initials</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__INITIALS = eINSTANCE.getPerson_Initials();

		/**
		 * The meta object literal for the '<em><b>Login</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__LOGIN = eINSTANCE.getPerson_Login();

		/**
		 * The meta object literal for the '{@link nl.leerkring.model.impl.MembershipImpl <em>Membership</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leerkring.model.impl.MembershipImpl
		 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getMembership()
		 * @generated
		 */
		EClass MEMBERSHIP = eINSTANCE.getMembership();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEMBERSHIP__PERSON = eINSTANCE.getMembership_Person();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBERSHIP__ROLE = eINSTANCE.getMembership_Role();

		/**
		 * The meta object literal for the '<em><b>Joined</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBERSHIP__JOINED = eINSTANCE.getMembership_Joined();

		/**
		 * The meta object literal for the '<em><b>Left</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBERSHIP__LEFT = eINSTANCE.getMembership_Left();

		/**
		 * The meta object literal for the '{@link nl.leerkring.model.impl.ItemImpl <em>Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leerkring.model.impl.ItemImpl
		 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getItem()
		 * @generated
		 */
		EClass ITEM = eINSTANCE.getItem();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__ID = eINSTANCE.getItem_Id();

		/**
		 * The meta object literal for the '<em><b>Kind Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__KIND_ID = eINSTANCE.getItem_KindId();

		/**
		 * The meta object literal for the '<em><b>Step Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__STEP_ID = eINSTANCE.getItem_StepId();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__TEXT = eINSTANCE.getItem_Text();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__AUTHOR = eINSTANCE.getItem_Author();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__CREATED_AT = eINSTANCE.getItem_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Chosen</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__CHOSEN = eINSTANCE.getItem_Chosen();

		/**
		 * The meta object literal for the '<em><b>Subgroup</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__SUBGROUP = eINSTANCE.getItem_Subgroup();

		/**
		 * The meta object literal for the '<em><b>Marks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ITEM__MARKS = eINSTANCE.getItem_Marks();

		/**
		 * The meta object literal for the '{@link nl.leerkring.model.impl.CodeMarkImpl <em>Code Mark</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leerkring.model.impl.CodeMarkImpl
		 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getCodeMark()
		 * @generated
		 */
		EClass CODE_MARK = eINSTANCE.getCodeMark();

		/**
		 * The meta object literal for the '<em><b>Code Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE_MARK__CODE_ID = eINSTANCE.getCodeMark_CodeId();

		/**
		 * The meta object literal for the '<em><b>Valence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE_MARK__VALENCE = eINSTANCE.getCodeMark_Valence();

		/**
		 * The meta object literal for the '{@link nl.leerkring.model.impl.ActionImpl <em>Action</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leerkring.model.impl.ActionImpl
		 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getAction()
		 * @generated
		 */
		EClass ACTION = eINSTANCE.getAction();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__OWNER = eINSTANCE.getAction_Owner();

		/**
		 * The meta object literal for the '<em><b>Owner Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__OWNER_ID = eINSTANCE.getAction_OwnerId();

		/**
		 * The meta object literal for the '<em><b>Due Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__DUE_DATE = eINSTANCE.getAction_DueDate();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__STATUS = eINSTANCE.getAction_Status();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__OUTCOME = eINSTANCE.getAction_Outcome();

		/**
		 * The meta object literal for the '<em><b>Learning</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__LEARNING = eINSTANCE.getAction_Learning();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__REASON = eINSTANCE.getAction_Reason();

		/**
		 * The meta object literal for the '<em><b>Carry Over Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__CARRY_OVER_COUNT = eINSTANCE.getAction_CarryOverCount();

		/**
		 * The meta object literal for the '<em><b>Follows Action Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__FOLLOWS_ACTION_ID = eINSTANCE.getAction_FollowsActionId();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__NOTES = eINSTANCE.getAction_Notes();

		/**
		 * The meta object literal for the '<em><b>History</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__HISTORY = eINSTANCE.getAction_History();

		/**
		 * The meta object literal for the '{@link nl.leerkring.model.impl.ProgressNoteImpl <em>Progress Note</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leerkring.model.impl.ProgressNoteImpl
		 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getProgressNote()
		 * @generated
		 */
		EClass PROGRESS_NOTE = eINSTANCE.getProgressNote();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRESS_NOTE__AT = eINSTANCE.getProgressNote_At();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRESS_NOTE__AUTHOR = eINSTANCE.getProgressNote_Author();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRESS_NOTE__TEXT = eINSTANCE.getProgressNote_Text();

		/**
		 * The meta object literal for the '{@link nl.leerkring.model.impl.StatusChangeImpl <em>Status Change</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leerkring.model.impl.StatusChangeImpl
		 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getStatusChange()
		 * @generated
		 */
		EClass STATUS_CHANGE = eINSTANCE.getStatusChange();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CHANGE__AT = eINSTANCE.getStatusChange_At();

		/**
		 * The meta object literal for the '<em><b>By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CHANGE__BY = eINSTANCE.getStatusChange_By();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CHANGE__FROM = eINSTANCE.getStatusChange_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CHANGE__TO = eINSTANCE.getStatusChange_To();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CHANGE__REASON = eINSTANCE.getStatusChange_Reason();

		/**
		 * The meta object literal for the '<em><b>Session Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CHANGE__SESSION_ID = eINSTANCE.getStatusChange_SessionId();

		/**
		 * The meta object literal for the '{@link nl.leerkring.model.MethodFamily <em>Method Family</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leerkring.model.MethodFamily
		 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getMethodFamily()
		 * @generated
		 */
		EEnum METHOD_FAMILY = eINSTANCE.getMethodFamily();

		/**
		 * The meta object literal for the '{@link nl.leerkring.model.ProtocolOrigin <em>Protocol Origin</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leerkring.model.ProtocolOrigin
		 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getProtocolOrigin()
		 * @generated
		 */
		EEnum PROTOCOL_ORIGIN = eINSTANCE.getProtocolOrigin();

		/**
		 * The meta object literal for the '{@link nl.leerkring.model.LearningPreference <em>Learning Preference</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leerkring.model.LearningPreference
		 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getLearningPreference()
		 * @generated
		 */
		EEnum LEARNING_PREFERENCE = eINSTANCE.getLearningPreference();

		/**
		 * The meta object literal for the '{@link nl.leerkring.model.SessionStatus <em>Session Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leerkring.model.SessionStatus
		 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getSessionStatus()
		 * @generated
		 */
		EEnum SESSION_STATUS = eINSTANCE.getSessionStatus();

		/**
		 * The meta object literal for the '{@link nl.leerkring.model.GroupKind <em>Group Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leerkring.model.GroupKind
		 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getGroupKind()
		 * @generated
		 */
		EEnum GROUP_KIND = eINSTANCE.getGroupKind();

		/**
		 * The meta object literal for the '{@link nl.leerkring.model.MemberRole <em>Member Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leerkring.model.MemberRole
		 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getMemberRole()
		 * @generated
		 */
		EEnum MEMBER_ROLE = eINSTANCE.getMemberRole();

		/**
		 * The meta object literal for the '{@link nl.leerkring.model.Valence <em>Valence</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leerkring.model.Valence
		 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getValence()
		 * @generated
		 */
		EEnum VALENCE = eINSTANCE.getValence();

		/**
		 * The meta object literal for the '{@link nl.leerkring.model.ActionStatus <em>Action Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leerkring.model.ActionStatus
		 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getActionStatus()
		 * @generated
		 */
		EEnum ACTION_STATUS = eINSTANCE.getActionStatus();

		/**
		 * The meta object literal for the '{@link nl.leerkring.model.ActionReason <em>Action Reason</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leerkring.model.ActionReason
		 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getActionReason()
		 * @generated
		 */
		EEnum ACTION_REASON = eINSTANCE.getActionReason();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

		/**
		 * The meta object literal for the '<em>Local Time</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalTime
		 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getLocalTime()
		 * @generated
		 */
		EDataType LOCAL_TIME = eINSTANCE.getLocalTime();

		/**
		 * The meta object literal for the '<em>Instant</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.Instant
		 * @see nl.leerkring.model.impl.LeerkringPackageImpl#getInstant()
		 * @generated
		 */
		EDataType INSTANT = eINSTANCE.getInstant();

	}

} //LeerkringPackage

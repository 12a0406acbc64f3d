/**
 */
package nl.leerkring.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A group that learns together over a series of sessions: an intervision group, a learning network, a guild, a team.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.leerkring.model.Group#getId <em>Id</em>}</li>
 *   <li>{@link nl.leerkring.model.Group#getName <em>Name</em>}</li>
 *   <li>{@link nl.leerkring.model.Group#getKind <em>Kind</em>}</li>
 *   <li>{@link nl.leerkring.model.Group#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link nl.leerkring.model.Group#getUsualProtocolId <em>Usual Protocol Id</em>}</li>
 *   <li>{@link nl.leerkring.model.Group#getMemberships <em>Memberships</em>}</li>
 * </ul>
 *
 * @see nl.leerkring.model.LeerkringPackage#getGroup()
 * @model
 * @generated
 */
public interface Group extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see nl.leerkring.model.LeerkringPackage#getGroup_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Group#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see nl.leerkring.model.LeerkringPackage#getGroup_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Group#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.leerkring.model.GroupKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see nl.leerkring.model.GroupKind
	 * @see #setKind(GroupKind)
	 * @see nl.leerkring.model.LeerkringPackage#getGroup_Kind()
	 * @model
	 * @generated
	 */
	GroupKind getKind();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Group#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see nl.leerkring.model.GroupKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(GroupKind value);

	/**
	 * Returns the value of the '<em><b>Organisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organisation</em>' attribute.
	 * @see #setOrganisation(String)
	 * @see nl.leerkring.model.LeerkringPackage#getGroup_Organisation()
	 * @model
	 * @generated
	 */
	String getOrganisation();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Group#getOrganisation <em>Organisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organisation</em>' attribute.
	 * @see #getOrganisation()
	 * @generated
	 */
	void setOrganisation(String value);

	/**
	 * Returns the value of the '<em><b>Usual Protocol Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Usual Protocol Id</em>' attribute.
	 * @see #setUsualProtocolId(String)
	 * @see nl.leerkring.model.LeerkringPackage#getGroup_UsualProtocolId()
	 * @model
	 * @generated
	 */
	String getUsualProtocolId();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Group#getUsualProtocolId <em>Usual Protocol Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Usual Protocol Id</em>' attribute.
	 * @see #getUsualProtocolId()
	 * @generated
	 */
	void setUsualProtocolId(String value);

	/**
	 * Returns the value of the '<em><b>Memberships</b></em>' containment reference list.
	 * The list contents are of type {@link nl.leerkring.model.Membership}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memberships</em>' containment reference list.
	 * @see nl.leerkring.model.LeerkringPackage#getGroup_Memberships()
	 * @model containment="true"
	 * @generated
	 */
	EList<Membership> getMemberships();

} // Group
